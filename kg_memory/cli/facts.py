"""``kgmem add``, ``facts``, ``history`` and ``forget``: writing and reading single facts."""

from __future__ import annotations

from typing import Any

import click

from ..errors import InputError
from ..ids import short_fact_id
from ..results import shorten
from ._common import emit_rows, fact_row, format_option, open_memory, plain, store_options, typed_value


@click.command(context_settings={"ignore_unknown_options": True})  # OBJECT may be a month-day: --05-05
@store_options
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@click.option("--confidence", type=click.FloatRange(0, 1), default=1.0, show_default=True)
@click.option("--datatype", help="Store OBJECT as a literal of this XSD type (integer, decimal, date, dateTime, "
              "boolean, string...; xsd: prefix optional) or datatype IRI.")
@click.option("--strict", is_flag=True, help="Refuse a PREDICATE outside the vocabulary instead of making it an open relation.")
@format_option("table", "json", "csv")
def add(store: str, namespace: str, subject: str, predicate: str, object: str, confidence: float, datatype: str | None,
        strict: bool, fmt: str) -> None:
    """Add one fact: SUBJECT PREDICATE OBJECT.

    SUBJECT and OBJECT are entity names or IRIs; OBJECT may be a typed literal ('"30"^^xsd:integer')
    and is a literal anyway when the predicate takes one (age, birthDate, birthday, jobTitle...). PREDICATE is
    a vocabulary name (livesIn), an English or Chinese label or synonym (居住地, 出生于, "lives in"),
    prefix:name or an IRI; anything else becomes an open relation (rel:..., labelled with the text)
    unless --strict.

    A birthday without a year is a month-day: kgmem add Alice birthday --05-05 (or 05-05).

    Example: kgmem add 张三 出生于 北京
    """
    value: Any = object
    if datatype or (object.startswith('"') and "^^" in object):
        value = typed_value(object, datatype or "", "--datatype" if datatype else "OBJECT")
    with open_memory(store, namespace) as memory:
        try:
            fact = memory.add(subject, predicate, value, confidence=confidence, strict=strict)
        except (InputError, ValueError) as e:  # a bad name, IRI, predicate or value: the arguments' fault
            raise click.UsageError(str(e)) from None
        if fmt != "table":
            emit_rows([fact_row(fact)], fmt)
            return
        click.echo(f"added: {fact.subject.label} {shorten(fact.predicate)} {plain(fact.object)} (id {short_fact_id(fact.iri)})")



@click.command()
@store_options
@click.argument("entity")
@click.option("--predicate", help="Only this predicate.")
@click.option("--history", is_flag=True, help="Include facts that are no longer valid.")
@format_option("table", "json", "csv")
def facts(store: str, namespace: str, entity: str, predicate: str | None, history: bool, fmt: str) -> None:
    """What the memory holds about ENTITY (a name or an IRI), or the fact with a fact id."""
    with open_memory(store, namespace, create=False) as memory:
        emit_rows([fact_row(f) for f in memory.facts(entity, predicate, history=history)], fmt, title=entity)


@click.command()
@store_options
@click.argument("entity")
@click.option("--predicate", help="Only this predicate.")
@format_option("table", "json", "csv")
def history(store: str, namespace: str, entity: str, predicate: str | None, fmt: str) -> None:
    """Every value ENTITY has had, with validity intervals and sources; for a fact id, every value of
    that fact's subject and predicate."""
    with open_memory(store, namespace, create=False) as memory:
        emit_rows([fact_row(f) for f in memory.history(entity, predicate)], fmt, title=f"history of {entity}")


@click.command()
@store_options
@click.option("--fact", help="A fact id: the id column of `kgmem facts`, or the fact's IRI.")
@click.option("--entity", help="An entity (name or IRI) and everything about it; turns that mention it lose "
              "their text (a stub stays where another entity's fact cites one).")
@click.option("--conversation", help="A conversation id: its turns and the facts only it supports.")
@click.option("--speaker", help="A speaker: their turns and the facts only they support.")
@click.option("--everything", is_flag=True, help="The whole namespace.")
@click.option("--yes", is_flag=True, help="Do not ask before forgetting everything.")
@click.option("--purge", is_flag=True, help="Then rewrite the store's files so the forgotten text is not left in "
              "them (embedded store on disk).")
@format_option("table", "json", "csv")
def forget(store: str, namespace: str, fact: str | None, entity: str | None, conversation: str | None,
           speaker: str | None, everything: bool, yes: bool, purge: bool, fmt: str) -> None:
    """Forget memories; reports how many facts went."""
    chosen = [x for x in (fact, entity, conversation, speaker) if x] + (["all"] if everything else [])
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of --fact, --entity, --conversation, --speaker, --everything")
    if everything and not yes and not click.confirm(f"forget everything in namespace {namespace!r}?", default=False):
        raise click.Abort()
    with open_memory(store, namespace) as memory:
        n = memory.forget(fact=fact, entity=entity, conversation=conversation, speaker=speaker, everything=everything,
                          purge=purge)
        if fmt != "table":
            emit_rows([{"forgot": n}], fmt)
        else:
            click.echo(f"forgot {n} fact(s)")


COMMANDS = (add, facts, history, forget,)
