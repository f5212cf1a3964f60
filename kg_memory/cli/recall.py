"""``kgmem recall`` and ``profile``: what the memory knows, for a question or an entity."""

from __future__ import annotations

import click

from ._common import emit_rows, format_option, open_memory, store_options


@click.command()
@store_options
@click.argument("question")
@click.option("-k", default=10, show_default=True, help="How many memories.")
@click.option("--speaker", help="Who asks: 'I', 'my', 我 in QUESTION are this person.")
@format_option("table", "json", "csv")
def recall(store: str, namespace: str, question: str, k: int, speaker: str | None, fmt: str) -> None:
    """The facts and turns most relevant to QUESTION, best first."""
    with open_memory(store, namespace, create=False) as memory:
        rows = [{"rank": i + 1, **r.as_row()} for i, r in enumerate(memory.recall(question, k, speaker=speaker))]
    if fmt != "json":
        rows = [{**r, "sources": ", ".join(r["sources"]), "why": " ".join(r["why"])} for r in rows]
    emit_rows(rows, fmt, title=question)


@click.command()
@store_options
@click.argument("entity")
@format_option("text", "table", "json", "csv", default="text")
def profile(store: str, namespace: str, entity: str, fmt: str) -> None:
    """What the memory currently knows about ENTITY, then its history."""
    with open_memory(store, namespace, create=False) as memory:
        found = memory.profile(entity)
    if fmt == "text":
        click.echo(found.text())
    else:
        emit_rows(found.rows(), fmt, title=found.entity.label)


COMMANDS = (recall, profile,)
