"""``kgmem ingest``, ``remember``, ``dump``, ``export`` and ``optimize``: data in and out of a memory."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import KGMemoryError
from ._common import RDF_EXTENSIONS, TURN_EXTENSIONS, emit_rows, format_option, open_memory, progress, store_options

_INPUT = click.Path(exists=True, dir_okay=False, allow_dash=True)


@click.command()
@store_options
@click.argument("files", nargs=-1, required=True, type=_INPUT)
@click.option("--input-format", type=click.Choice(sorted(set(RDF_EXTENSIONS.values()))),
              help="Input format (default: from the file extension; required for '-').")
@click.option("--strict", is_flag=True, help="Refuse a CSV/JSONL predicate outside the vocabulary instead of making it an open relation.")
@format_option("table", "json", "csv")
def ingest(store: str, namespace: str, files: tuple[str, ...], input_format: str | None, strict: bool, fmt: str) -> None:
    """Load triples or facts from FILES ('-' for standard input), each file all or nothing.

    Formats: N-Triples (.nt), N-Quads (.nq), Turtle (.ttl), TriG (.trig), JSON-LD (.jsonld), RDF/XML
    (.rdf), and facts as CSV (.csv) or JSON Lines (.jsonl) with subject,predicate,object columns.
    Large RDF files stream through Oxigraph's bulk loader with progress on stderr.
    """
    forms = {name: input_format or RDF_EXTENSIONS.get(Path(name).suffix.lower()) for name in files}
    for name, form in forms.items():
        if form is None:
            raise click.UsageError(f"{name}: cannot tell the format from the extension; use --input-format")
    rows = []
    with open_memory(store, namespace) as memory:
        for name, form in forms.items():
            assert form is not None
            size = None if name == "-" else Path(name).stat().st_size
            with progress(f"ingesting {name}", size) as update:
                source: Any = sys.stdin.buffer if name == "-" else name
                try:
                    count = memory.ingest(source, format=form, name="<stdin>" if name == "-" else name, progress=update,
                                          strict=strict)
                except RecursionError:
                    raise click.ClickException(f"{name}: nested too deeply to read") from None
            unit = "facts" if form in ("csv", "jsonl") else "triples"
            rows.append({"file": name, "count": count, "unit": unit})
            if fmt == "table":
                click.echo(f"{name}: {count} {unit} loaded")
    if fmt != "table":
        emit_rows(rows, fmt)


@click.command()
@store_options
@click.option("--format", "-f", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld"]), default="ttl",
              show_default=True, help="Output format: an RDF syntax.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="File to write (default: standard output).")
def dump(store: str, namespace: str, fmt: str, output: str) -> None:
    """Write the namespace's graph as RDF."""
    from .._files import atomic_open

    with open_memory(store, namespace, create=False) as memory:
        if output == "-":
            memory.dump(sys.stdout.buffer, format=fmt)
            sys.stdout.buffer.flush()
        else:
            with atomic_open(output, "wb", fsync=False) as out:
                memory.dump(out, format=fmt)
            click.echo(f"wrote {output}", err=True)


@click.command()
@store_options
@format_option("table", "json", "csv")
def optimize(store: str, namespace: str, fmt: str) -> None:
    """Compact the store's files for reads: worth running after large ingests (the embedded store
    compacts in the background after a load anyway; this does it now, and waits)."""
    import time

    with open_memory(store, namespace, create=False) as memory:
        start = time.perf_counter()
        try:
            memory.store.optimize()
        except KGMemoryError as e:
            raise click.ClickException(str(e)) from e
    emit_rows([{"store": store, "optimized_in_s": round(time.perf_counter() - start, 1)}], fmt)


def _turns(name: str, form: str, conversation: str | None, speaker: str) -> list[Any]:
    """The turns of one file; in a transcript, a line without 'Speaker:' is a turn of ``speaker``."""
    from ..formats import _SPEAKER_LINE, read_turns

    label = "<stdin>" if name == "-" else name
    source: Any = sys.stdin if name == "-" else name
    if form == "txt":
        text = source.read() if name == "-" else Path(name).read_bytes().decode("utf-8", errors="strict")
        lines = [line if not line.strip() or line.lstrip().startswith("#") or _SPEAKER_LINE.match(line)
                 else f"{speaker}: {line}" for line in text.splitlines()]
        source = io.StringIO("\n".join(lines) + "\n")
    return read_turns(source, form, name=label, conversation=conversation)


@click.command()
@store_options
@click.argument("files", nargs=-1, required=True, type=_INPUT)
@click.option("--input-format", type=click.Choice(["jsonl", "txt"]), help="Input format of the turns (default: from the extension).")
@click.option("--conversation", "-c", help="Conversation id for a transcript (default: the file name).")
@click.option("--speaker", default="User", show_default=True,
              help="Who said the lines of a transcript that do not start with 'Speaker:'.")
@click.option("--llm-url", envvar="KGMEM_LLM_URL", help="Extract with an LLM at this OpenAI-compatible endpoint "
              "(key from $KGMEM_LLM_API_KEY or $OPENAI_API_KEY) instead of the offline rules.")
@click.option("--llm-model", envvar="KGMEM_LLM_MODEL", default="gpt-4o-mini", show_default=True, help="Model for --llm-url.")
@click.option("--extractor", "extractor_name", type=click.Choice(["rules", "model", "combined", "llm"]),
              help="rules (the default), model (the learned extractor), combined (both), llm (needs --llm-url; "
              "the default when --llm-url is given).")
@click.option("--document", is_flag=True, help="FILES are documents (plain text or Markdown, English or Chinese): "
              "each is split into sentences and kept as the conversation doc:<file name>.")
@format_option("table", "json", "csv")
def remember(store: str, namespace: str, files: tuple[str, ...], input_format: str | None, conversation: str | None,
             speaker: str, llm_url: str | None, llm_model: str, extractor_name: str | None, document: bool,
             fmt: str) -> None:
    """Extract facts from conversations in FILES and remember them.

    JSON Lines of {"conversation","turn","speaker","text","time"}, or a transcript of 'Speaker: text'
    lines; other lines of a transcript are turns of --speaker. Progress goes to stderr. With
    --document, FILES are articles (see `kgmem summary`).
    """
    extractor = None
    if extractor_name or llm_url:
        from ..extract.combined import make_extractor

        try:
            extractor = make_extractor(extractor_name or "llm", llm_url, llm_model)
        except KGMemoryError as e:
            raise click.UsageError(str(e)) from e
    if document:
        from .capacity import remember_documents

        remember_documents(store, namespace, files, extractor, fmt)
        return
    forms = {name: input_format or TURN_EXTENSIONS.get(Path(name).suffix.lower()) for name in files}
    for name, form in forms.items():
        if form is None:
            raise click.UsageError(f"{name}: cannot tell the format from the extension; use --input-format")
    with open_memory(store, namespace) as memory:
        rows = []
        for name, form in forms.items():
            assert form is not None
            try:
                turns = _turns(name, form, conversation, speaker)
            except UnicodeDecodeError as e:
                raise click.ClickException(f"{name}: not UTF-8 text: {e.reason}") from None
            with progress(f"remembering {name}", len(turns), unit="turns", bar_from=1000) as update:
                done = 0

                def advance(n: int) -> None:
                    nonlocal done
                    done += n
                    update(done, None)

                report = memory.remember(turns, extractor=extractor, progress=advance)
            rows.append({"file": name, "turns": report.turns, "facts": report.facts, "new_entities": report.new_entities})
        emit_rows(rows, fmt)


@click.command()
@store_options
@click.option("--format", "-f", "fmt", type=click.Choice(["graphml", "gexf", "dot", "cytoscape", "json", "html"]),
              help="Output format (default: from the file extension).")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True), help="File to write ('-' for standard output).")
@click.option("--entity", "-e", help="Export only this entity's neighbourhood.")
@click.option("--depth", "-d", default=1, show_default=True, help="Hops around --entity.")
@click.option("--current", is_flag=True, help="Leave out facts that are no longer valid.")
def export(store: str, namespace: str, fmt: str | None, output: str, entity: str | None, depth: int, current: bool) -> None:
    """Export the graph for Gephi, yEd, Graphviz, Cytoscape.js, D3 or a browser (html)."""
    if output == "-" and fmt is None:
        raise click.UsageError("give --format when writing to standard output")
    with open_memory(store, namespace, create=False) as memory:
        target: Any = sys.stdout if output == "-" else output
        memory.export(target, fmt, entity=entity, depth=depth, history=not current)
        if output == "-":
            click.echo()
        else:
            click.echo(f"wrote {output}", err=True)


COMMANDS = (ingest, remember, dump, export, optimize)
