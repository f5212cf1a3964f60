"""``kgmem demo``: a short tour of the package on a memory of its own."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from typing import Any

import click

from ..types import Entity, Fact
from ._common import emit_result, emit_rows, open_memory, plain


def _row(fact: Fact, *, until: bool = False) -> dict[str, Any]:
    """A fact as a narrow row: the demo fits 80 columns."""
    src = fact.source
    row = {"subject": fact.subject.label, "predicate": plain(fact.predicate).rsplit("#", 1)[-1],
           "object": fact.object.label if isinstance(fact.object, Entity) else plain(fact.object),
           "since": fact.valid_from.date().isoformat() if fact.valid_from else ""}
    if until:
        row["until"] = fact.valid_to.date().isoformat() if fact.valid_to else ""
    row["source"] = f"{src.conversation}#{src.turn}" if src and src.conversation else ""
    return row


@click.command()
@click.option("--store", "-s", default="memory://", show_default=True, help="Where to keep the demo memory.")
@click.option("--output", "-o", help="Where to write the graph page (default: kgmem-demo.html in a new temporary directory).")
def demo(store: str, output: str | None) -> None:
    """Remember a short conversation, show the facts, answer a SPARQL query and a question, export the graph."""
    from ..demo import DEMO_ARTICLE, DEMO_QUERY, DEMO_QUESTION, demo_page, demo_turns
    from ..recall.sentences import fact_sentence

    with open_memory(store, "demo") as memory:
        turns = demo_turns()
        click.echo("Conversation:")
        for t in turns:
            click.echo(f"  {t.speaker}: {t.text}")
        report = memory.remember(turns)
        current = memory.facts()
        closed = len(memory.facts(history=True)) - len(current)
        click.echo(f"\nFrom {report.turns} turns: {len(current) + closed} facts, {len(current)} current"
                   + (f" and {closed} closed by a later turn (see History)" if closed else "") + ".")
        emit_rows([_row(f) for f in current], "table", title="Current facts")
        click.echo(f"\nSPARQL:\n{DEMO_QUERY}")
        emit_result(memory.query(DEMO_QUERY), "table")
        click.echo("\nHistory of Alice's residence:")
        emit_rows([_row(f, until=True) for f in memory.history("Alice", "livesIn")], "table")
        click.echo(f"\nRecall: {DEMO_QUESTION}")
        for rank, found in enumerate(memory.recall(DEMO_QUESTION, 3), 1):
            click.echo(f"  {rank}. {found.text}")
            for turn in found.turns[:1]:
                when = f", {turn.time:%Y-%m-%d}" if turn.time else ""
                head = f"     from {turn.conversation}#{turn.turn} ({turn.speaker}{when}): "
                click.echo(head + textwrap.shorten(turn.text, max(20, 80 - len(head)), placeholder="…"))
        memory.remember_document(DEMO_ARTICLE, source="demo-news.md", time=datetime(2024, 10, 2, tzinfo=UTC))
        click.echo("\nDocument summary (demo-news.md):")
        summary = memory.summary("demo-news.md", 3)
        click.echo(f"  {summary.title}")
        for key in summary.facts:
            click.echo(f"  - {fact_sentence(key.fact)}")
            click.echo("    " + textwrap.shorten(f'from "{key.sentence}"', 76, placeholder="…"))
        page = demo_page(output)
        memory.export(page, "html")
        click.echo(f"\nInteractive graph written to {page}")


COMMANDS = (demo,)
