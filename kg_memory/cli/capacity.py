"""``kgmem compact``, ``pin``, ``unpin`` and ``summary``: what a memory keeps, and an article's key facts.

``kgmem remember --document FILE`` (in :mod:`.io`) reads documents through :func:`remember_document_row`.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import KGMemoryError
from ._common import emit_rows, format_option, open_memory, store_options

if TYPE_CHECKING:
    from ..extract.base import Extractor
    from ..memory import Memory


def remember_document_row(memory: Memory, name: str, extractor: Extractor | None) -> dict[str, Any]:
    """Remember the document in file ``name`` ('-': standard input); the row ``kgmem remember`` shows."""
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise click.ClickException(f"{name}: cannot read the document: {e}") from e
    try:
        report = memory.remember_document(text, source="stdin" if name == "-" else Path(name).name,
                                          extractor=extractor)
    except KGMemoryError as e:
        raise click.ClickException(f"{name}: {e}") from e
    return {"file": name, "document": report.document, "sentences": report.sentences, "facts": report.facts}


def remember_documents(store: str, namespace: str, files: tuple[str, ...], extractor: Extractor | None,
                       fmt: str) -> None:
    """``kgmem remember --document FILES``: each file a document, one row each."""
    with open_memory(store, namespace) as memory:
        rows = [remember_document_row(memory, name, extractor) for name in files]
    emit_rows(rows, fmt)


@click.command()
@store_options
@click.option("--max-turns", type=click.IntRange(min=0), help="Keep at most this many turns (with their text).")
@click.option("--max-bytes", type=click.IntRange(min=0),
              help="Keep at most this many bytes of turn texts, fact sentences and cached embeddings.")
@click.option("--dry-run", is_flag=True, help="Report what would go; change nothing.")
@format_option("table", "json", "csv")
def compact(store: str, namespace: str, max_turns: int | None, max_bytes: int | None, dry_run: bool, fmt: str) -> None:
    """Remove the least important turns (then stale embeddings and closed facts) until the memory fits.

    Pinned memories and current facts are never removed; a turn a fact cites stays as a stub without
    text, so the fact keeps its source.
    """
    if max_turns is None and max_bytes is None:
        raise click.UsageError("give --max-turns, --max-bytes or both")
    with open_memory(store, namespace, create=False) as memory:
        report = memory.compact(max_turns=max_turns, max_bytes=max_bytes, dry_run=dry_run)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return
    rows = [{"kind": r.kind, "id": r.id, "importance": round(r.importance, 3), "bytes": r.bytes, "text": r.text}
            for r in report.removed]
    verb = "would remove" if dry_run else "removed"
    title = (f"{verb} {len(report.removed)}: turns {report.turns_before} -> {report.turns_after}, bytes "
             f"{report.bytes_before} -> {report.bytes_after}" + ("" if report.reached else " (budget NOT reached: "
                                                                 "pinned memories and current facts stay)"))
    emit_rows(rows, fmt, title=title)


def _pin(store: str, namespace: str, memories: tuple[str, ...], pinned: bool, fmt: str) -> None:
    with open_memory(store, namespace, create=False) as memory:
        n = memory.pin(*memories) if pinned else memory.unpin(*memories)
    verb = "pinned" if pinned else "unpinned"
    if fmt == "table":
        click.echo(f"{verb} {n} of {len(memories)}")
    else:
        emit_rows([{verb: n, "given": len(memories)}], fmt)
    if n < len(memories):
        raise click.ClickException(f"{len(memories) - n} of the memories were not found")


@click.command()
@store_options
@click.argument("memories", nargs=-1, required=True)
@format_option("table", "json", "csv")
def pin(store: str, namespace: str, memories: tuple[str, ...], fmt: str) -> None:
    """Pin MEMORIES (fact ids as `kgmem facts` shows them, or turns as CONVERSATION#TURN) so that
    compaction never removes them."""
    _pin(store, namespace, memories, True, fmt)


@click.command()
@store_options
@click.argument("memories", nargs=-1, required=True)
@format_option("table", "json", "csv")
def unpin(store: str, namespace: str, memories: tuple[str, ...], fmt: str) -> None:
    """Unpin MEMORIES (fact ids, or turns as CONVERSATION#TURN)."""
    _pin(store, namespace, memories, False, fmt)


@click.command()
@store_options
@click.argument("of")
@click.option("-k", default=10, show_default=True, help="How many key facts.")
@format_option("text", "table", "json", "csv", default="text")
def summary(store: str, namespace: str, of: str, k: int, fmt: str) -> None:
    """The key facts of a document (its file name or doc: id) or of an entity, most important first."""
    from ..recall.sentences import fact_sentence

    with open_memory(store, namespace, create=False) as memory:
        found = memory.summary(of, k)
    if fmt == "text":
        click.echo(found.text())
        return
    rows = [{"rank": i + 1, "fact": fact_sentence(kf.fact), "score": kf.score if math.isfinite(kf.score) else "pinned",
             "sentence": kf.sentence, "turn": kf.turn or "", "iri": kf.fact.iri or ""}
            for i, kf in enumerate(found.facts)]
    emit_rows(rows, fmt, title=found.title or found.of)


COMMANDS = (compact, pin, unpin, summary,)
