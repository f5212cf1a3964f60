"""``kgmem lookup``, ``merges`` and ``split``: entity resolution."""

from __future__ import annotations

import click

from ._common import emit_rows, format_option, open_memory, store_options


@click.command()
@store_options
@click.argument("name")
@click.option("-k", default=5, show_default=True, help="How many entities.")
@format_option("table", "json", "csv")
def lookup(store: str, namespace: str, name: str, k: int, fmt: str) -> None:
    """Entities whose names are closest to NAME (typos, case, transliteration)."""
    with open_memory(store, namespace, create=False) as memory:
        rows = [{"entity": e.label, "type": e.type, "score": round(score, 4), "iri": e.iri}
                for e, score in memory.lookup(name, k)]
        emit_rows(rows, fmt)


@click.command()
@store_options
@format_option("table", "json", "csv")
def merges(store: str, namespace: str, fmt: str) -> None:
    """Fuzzy merges made by entity resolution (undo one with `kgmem split MENTION`)."""
    with open_memory(store, namespace, create=False) as memory:
        emit_rows([{"mention": m.mention, "type": m.type, "into": m.into, "score": m.score, "time": m.time}
                   for m in memory.merges()], fmt)


@click.command()
@store_options
@click.argument("mention")
@format_option("table", "json", "csv")
def split(store: str, namespace: str, mention: str, fmt: str) -> None:
    """Undo the merge of MENTION into another entity: it becomes an entity of its own again."""
    with open_memory(store, namespace) as memory:
        entity = memory.split(mention)
        if fmt != "table":
            emit_rows([{"mention": mention, "entity": entity.label, "iri": entity.iri}], fmt)
        else:
            click.echo(f"split {mention!r} off as {entity.iri}")


COMMANDS = (lookup, merges, split,)
