"""What every ``kgmem`` command shares: the store and format options, opening a memory, printing rows.

Shared options are decorators (``store_options``, ``format_option``); library errors become
``click.ClickException`` here and nowhere else.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import click

from ..errors import KGMemoryError, StoreLockedError
from ..ids import short_fact_id
from ..memory import Memory
from ..results import QueryResult, shorten
from ..types import Entity, Fact

RDF_EXTENSIONS = {".nt": "nt", ".nq": "nq", ".ttl": "ttl", ".trig": "trig", ".jsonld": "jsonld",
                  ".json": "jsonld", ".rdf": "rdf", ".owl": "rdf", ".n3": "n3", ".csv": "csv",
                  ".jsonl": "jsonl", ".ndjson": "jsonl"}
TURN_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "txt"}


def default_store() -> str:
    """The default store directory: ``$XDG_DATA_HOME/kg-memory/store`` (``~/.local/share/...``)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "kg-memory", "store")


def store_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--store`` and ``--namespace``, shared by every command that opens a memory."""
    f = click.option("--namespace", "-n", envvar="KGMEM_NAMESPACE", default="default", show_default=True,
                     help="Whose memory: namespaces never see each other's facts.")(f)
    f = click.option("--store", "-s", envvar="KGMEM_STORE", default=default_store, show_default="~/.local/share/kg-memory/store",
                     help="A store directory, memory://, bolt://HOST:PORT (Neo4j) or sparql+http://HOST/PATH.")(f)
    f = click.option("--wait", type=click.FloatRange(0), default=0.0, metavar="SECONDS", expose_value=False,
                     envvar="KGMEM_WAIT", callback=_remember_wait, is_eager=True,
                     help="If another process holds the store, retry opening it for up to SECONDS.")(f)
    return f


def _remember_wait(ctx: click.Context, param: click.Parameter, value: float) -> float:
    ctx.meta["kgmem.wait"] = value
    return value


def format_option(*choices: str, default: str = "table") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` with the given choices."""
    return click.option("--format", "-f", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format: a table for people, json/csv/tsv for pipes.")


@contextlib.contextmanager
def open_memory(store: str, namespace: str, *, create: bool = True) -> Iterator[Memory]:
    """Open the memory for a command, turning library errors into clean CLI errors.

    ``create=False`` (read-only commands) refuses a store directory that does not exist instead of
    making it; ``--wait SECONDS`` retries a store another process holds.
    """
    if not create:
        _require_existing(store)
    try:
        memory = _open_waiting(store, namespace)
        with memory:
            yield memory
    except KGMemoryError as e:
        raise click.ClickException(str(e)) from e


def _require_existing(store: str) -> None:
    scheme, sep, rest = store.partition("://")
    path = rest if scheme == "file" else None if sep else store
    if path is not None and not os.path.exists(path):
        raise click.ClickException(f"no store at {path} (nothing remembered there yet: add, ingest or remember creates it)")


def _open_waiting(store: str, namespace: str) -> Memory:
    """A memory whose store is open, retrying for ``--wait`` seconds while another process holds it."""
    import time

    ctx = click.get_current_context(silent=True)
    wait = float(ctx.meta.get("kgmem.wait", 0.0)) if ctx is not None else 0.0
    deadline = time.monotonic() + wait
    told = False
    while True:
        memory = Memory(store, namespace=namespace)
        try:
            memory.store.open()
            return memory
        except StoreLockedError:
            if time.monotonic() >= deadline:
                raise
            if not told:
                click.echo(f"waiting up to {wait:g}s for the store to be free...", err=True)
                told = True
            time.sleep(min(0.25, max(0.0, deadline - time.monotonic())))


def emit_rows(rows: list[dict[str, Any]], fmt: str, title: str | None = None) -> None:
    """Print rows as a rich table, JSON, CSV or TSV."""
    columns = list(rows[0]) if rows else []
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=plain))
    elif fmt in ("csv", "tsv"):
        import csv

        writer = csv.writer(sys.stdout, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([plain(row[c]) for c in columns])
    else:
        from rich.console import Console
        from rich.table import Table

        console = Console(soft_wrap=False)
        cells = [[plain(row[c], short=True) for c in columns] for row in rows]
        keep = [i for i, c in enumerate(columns) if any(r[i] for r in cells)] if cells else list(range(len(columns)))
        table = Table(title=title, show_lines=False)
        for i in keep:  # words are never broken: a long one is cut with an ellipsis
            table.add_column(columns[i], overflow="ellipsis")
        for r in cells:
            table.add_row(*[r[i] for i in keep])
        if cells and _min_width([columns[i] for i in keep], [[r[i] for i in keep] for r in cells]) > console.width:
            # too narrow for whole words and headers: one record per block
            _emit_blocks([columns[i] for i in keep], [[r[i] for i in keep] for r in cells], title, console.width)
        else:
            console.print(table)


def _min_width(columns: list[str], cells: list[list[str]]) -> int:
    """The narrowest table showing every header and every word whole (borders and padding included)."""
    from rich.cells import cell_len

    widths = [max([cell_len(c)] + [cell_len(w) for r in cells for w in r[i].split()]) for i, c in enumerate(columns)]
    return sum(widths) + 3 * len(widths) + 1


def _emit_blocks(columns: list[str], cells: list[list[str]], title: str | None, width: int) -> None:
    """Rows as blocks of ``column  value`` lines, wrapped at spaces to ``width``, for narrow terminals."""
    import textwrap

    pad = max(len(c) for c in columns) + 2
    if title:
        click.echo(title)
    for n, row in enumerate(cells):
        if n or title:
            click.echo("")
        for column, value in zip(columns, row):
            if not value:
                continue
            lines = textwrap.wrap(value, max(10, width - pad), break_long_words=False, break_on_hyphens=False)
            lines = [line if len(line) <= width - pad else line[:width - pad - 1] + "…" for line in lines]
            for i, line in enumerate(lines or [""]):
                click.echo(f"{column if i == 0 else '':<{pad}}{line}")


def emit_result(result: QueryResult, fmt: str) -> None:
    """Print a query result in the chosen format."""
    if fmt == "table" and result.kind in ("select", "table"):
        emit_rows(result.shortened() if result.kind == "select" else result.values(), "table")
        click.echo(f"{len(result)} row(s)", err=True)
    else:
        click.echo(result.serialize(fmt).rstrip("\n"))


def plain(value: Any, short: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, Entity):
        return value.label
    if short and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    if short:  # for a terminal: no escape sequences, bells or carriage returns from stored text
        text = "".join(c if c.isprintable() or c == " " else "\N{REPLACEMENT CHARACTER}" for c in text)
    return text


def fact_row(fact: Fact) -> dict[str, Any]:
    """A fact as a flat row for output; ``id`` is its short id (``kgmem facts/history/forget`` take it)."""
    src = fact.source
    return {
        "id": short_fact_id(fact.iri),
        "subject": fact.subject.label,
        "predicate": shorten(fact.predicate),
        "object": fact.object.label if isinstance(fact.object, Entity) else fact.object,
        "confidence": round(fact.confidence, 3),
        "valid_from": fact.valid_from,
        "valid_to": fact.valid_to,
        "source": f"{src.conversation}#{src.turn}" if src and src.conversation else "",
        "speaker": src.speaker if src else "",
    }


@contextlib.contextmanager
def progress(description: str, total: int | None, *, unit: str = "bytes",
             bar_from: int = 8_000_000) -> Iterator[Callable[[int, int | None], None]]:
    """Report progress of a long run; yields ``update(done, total)``.

    On a terminal: a transient bar (when ``total`` reaches ``bar_from``). Otherwise (a pipe, a log
    file): a line on stderr every ``$KGMEM_PROGRESS_SECONDS`` seconds (default 10) while the run goes
    on, and a last line if any was printed, so that long batch jobs show they are alive.
    """
    import time

    if sys.stderr.isatty():
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        count = DownloadColumn() if unit == "bytes" else MofNCompleteColumn()
        with Progress(TextColumn(description), BarColumn(), count, TimeRemainingColumn(), transient=True,
                      console=stderr(), disable=total is None or total < bar_from) as bar:
            task = bar.add_task(description, total=total)

            def advance(done: int, new_total: int | None = None) -> None:
                bar.update(task, completed=done, total=new_total or total)

            yield advance
        return
    every = float(os.environ.get("KGMEM_PROGRESS_SECONDS", "10"))
    start = last = time.monotonic()
    done, whole, printed = 0, total, False

    def line() -> None:
        nonlocal printed
        share = f" ({100 * done / whole:.0f}%)" if whole else ""
        click.echo(f"{description}: {done:,}{f'/{whole:,}' if whole else ''} {unit}{share}, "
                   f"{time.monotonic() - start:.0f}s", err=True)
        printed = True

    def update(now_done: int, new_total: int | None = None) -> None:
        nonlocal last, done, whole
        done, whole = now_done, new_total or whole
        now = time.monotonic()
        if now - last >= every:
            last = now
            line()

    yield update
    if printed:
        line()


def stderr() -> Any:
    from rich.console import Console

    return Console(stderr=True)



#: The XSD datatypes ``--datatype`` and ``-p NAME=VALUE^^TYPE`` understand (``xsd:`` prefix optional).
DATATYPES = ("string", "integer", "int", "long", "nonNegativeInteger", "decimal", "double", "float", "boolean",
             "date", "dateTime")
_XSD = "http://www.w3.org/2001/XMLSchema#"


def typed_value(text: str, datatype: str, hint: str) -> Any:
    """``text`` as a value of ``datatype`` (``integer``, ``xsd:date``, an IRI); a bad type or a text that
    is not of the type is a usage error naming ``hint``.

    >>> typed_value("7", "integer", "--param"), typed_value("2024-05-01", "xsd:date", "--param")
    (7, datetime.date(2024, 5, 1))
    """
    from ..formats import parse_value

    local = datatype[4:] if datatype.startswith("xsd:") else datatype[len(_XSD):] if datatype.startswith(_XSD) else (
        None if ":" in datatype else datatype)
    if datatype and local is not None and local not in DATATYPES:
        raise click.BadParameter(f"unknown datatype {datatype!r}; use one of {', '.join(DATATYPES)} "
                                 "(xsd: prefix optional) or an IRI", param_hint=hint)
    try:
        return parse_value(text, datatype or None)
    except (ValueError, KGMemoryError) as e:
        raise click.BadParameter(str(e), param_hint=hint) from None
