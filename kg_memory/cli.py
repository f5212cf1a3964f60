"""The ``kgmem`` command line: each command is a thin wrapper over one :class:`Memory` call.

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
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .errors import KGMemoryError
from .memory import Memory
from .results import QueryResult
from .types import Entity, Fact

if TYPE_CHECKING:
    from rich.progress import TaskID

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
    return f


def format_option(*choices: str, default: str = "table") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` with the given choices."""
    return click.option("--format", "-f", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format: a table for people, json/csv/tsv for pipes.")


@contextlib.contextmanager
def open_memory(store: str, namespace: str) -> Iterator[Memory]:
    """Open the memory for a command, turning library errors into clean CLI errors."""
    try:
        with Memory(store, namespace=namespace) as memory:
            yield memory
    except KGMemoryError as e:
        raise click.ClickException(str(e)) from e


def emit_rows(rows: list[dict[str, Any]], fmt: str, title: str | None = None) -> None:
    """Print rows as a rich table, JSON, CSV or TSV."""
    columns = list(rows[0]) if rows else []
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=_plain))
    elif fmt in ("csv", "tsv"):
        import csv

        writer = csv.writer(sys.stdout, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_plain(row[c]) for c in columns])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*[_plain(row[c], short=True) for c in columns])
        Console(soft_wrap=False).print(table)


def emit_result(result: QueryResult, fmt: str) -> None:
    """Print a query result in the chosen format."""
    if fmt == "table" and result.kind in ("select", "table"):
        emit_rows(result.shortened() if result.kind == "select" else result.values(), "table")
        click.echo(f"{len(result)} row(s)", err=True)
    else:
        click.echo(result.serialize(fmt).rstrip("\n"))


def _plain(value: Any, short: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, Entity):
        return value.label
    if short and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def fact_row(fact: Fact) -> dict[str, Any]:
    """A fact as a flat row for output."""
    src = fact.source
    return {
        "subject": fact.subject.label,
        "predicate": fact.predicate,
        "object": fact.object.label if isinstance(fact.object, Entity) else fact.object,
        "confidence": round(fact.confidence, 3),
        "valid_from": fact.valid_from,
        "valid_to": fact.valid_to,
        "source": f"{src.conversation}#{src.turn}" if src and src.conversation else "",
        "speaker": src.speaker if src else "",
    }


def _progress(description: str, total: int | None) -> Any:
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn(description), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                    transient=True, console=_stderr(), disable=total is None or total < 8_000_000)


def _stderr() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-memory")
def cli() -> None:
    """kg-memory: long-term memory for LLM applications, as a knowledge graph.

    Facts live in an embedded RDF store (a directory, by default under ~/.local/share/kg-memory),
    in Neo4j, or behind a SPARQL endpoint. Query with SPARQL (or Cypher on Neo4j).
    """


@cli.command()
@store_options
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@click.option("--confidence", type=click.FloatRange(0, 1), default=1.0, show_default=True)
@click.option("--datatype", help="Store OBJECT as a literal of this XSD type (integer, date, string...).")
def add(store: str, namespace: str, subject: str, predicate: str, object: str, confidence: float, datatype: str | None) -> None:
    """Add one fact: SUBJECT PREDICATE OBJECT.

    SUBJECT and OBJECT are entity names or IRIs; OBJECT may be a typed literal ('"30"^^xsd:integer')
    and is a literal anyway when the predicate takes one (age, birthDate, jobTitle...). PREDICATE is
    a vocabulary name (livesIn), prefix:name or an IRI.

    Example: kgmem add Alice livesIn Paris
    """
    from .formats import parse_value

    with open_memory(store, namespace) as memory:
        value: Any = object
        if datatype or (object.startswith('"') and "^^" in object):
            try:
                value = parse_value(object, datatype)
            except ValueError as e:
                raise click.BadParameter(str(e), param_hint="OBJECT") from None
        fact = memory.add(subject, predicate, value, confidence=confidence)
        click.echo(f"added: {fact.subject.label} {fact.predicate} {_plain(fact.object)}")


@cli.command()
@store_options
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(sorted(set(RDF_EXTENSIONS.values()))),
              help="Input format (default: from the file extension; required for '-').")
def ingest(store: str, namespace: str, files: tuple[str, ...], fmt: str | None) -> None:
    """Load triples or facts from FILES ('-' for standard input), each file all or nothing.

    Formats: N-Triples (.nt), N-Quads (.nq), Turtle (.ttl), TriG (.trig), JSON-LD (.jsonld), RDF/XML
    (.rdf), and facts as CSV (.csv) or JSON Lines (.jsonl) with subject,predicate,object columns.
    Large RDF files stream through Oxigraph's bulk loader with a progress bar.
    """
    with open_memory(store, namespace) as memory:
        for name in files:
            form = fmt or RDF_EXTENSIONS.get(Path(name).suffix.lower())
            if form is None:
                raise click.UsageError(f"{name}: cannot tell the format from the extension; use --format")
            size = None if name == "-" else os.path.getsize(name)
            with _progress(f"ingesting {name}", size) as bar:
                task = bar.add_task(name, total=size)

                def advance(done: int, total: int, task: TaskID = task) -> None:
                    bar.update(task, completed=done, total=total)

                source: Any = sys.stdin.buffer if name == "-" else name
                count = memory.ingest(source, format=form, name="<stdin>" if name == "-" else name, progress=advance)
            click.echo(f"{name}: {count} {'facts' if form in ('csv', 'jsonl') else 'triples'} loaded")


@cli.command()
@store_options
@click.argument("text", required=False)
@click.option("--file", "-q", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file (e.g. queries/facts-about.rq).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (repeatable).")
@format_option("table", "json", "csv", "tsv", "xml", "turtle", "nt", "jsonld")
def query(store: str, namespace: str, text: str | None, query_file: Any, params: tuple[str, ...], fmt: str) -> None:
    """Run a SPARQL query or update (TEXT, or --file).

    Prefixes rdf, rdfs, xsd, owl, skos, prov, schema and ':' (the kg-memory vocabulary) are pre-bound:

      kgmem query 'SELECT ?place WHERE { ?p rdfs:label "Alice" ; :birthPlace ?place }'
    """
    source = query_file.read() if query_file else text
    if not source:
        raise click.UsageError("give a query as TEXT or with --file")
    bindings = _parse_params(params)
    with open_memory(store, namespace) as memory:
        if _is_update(source):
            memory.update(source, **bindings)
            click.echo("update applied", err=True)
            return
        emit_result(memory.query(source, **bindings), fmt)


def _parse_params(params: tuple[str, ...]) -> dict[str, Any]:
    from .formats import parse_value
    from .ids import is_iri

    out: dict[str, Any] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        out[name.lstrip("?$")] = value if is_iri(value) else parse_value(value)
    return out


def _is_update(text: str) -> bool:
    import re

    body = re.sub(r"(?m)^\s*(#.*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*$", "", text, flags=re.I).strip()
    return bool(re.match(r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body, re.I))


@cli.command()
@store_options
@format_option("table", "json", "csv")
def stats(store: str, namespace: str, fmt: str) -> None:
    """Counts of facts, history, entities, turns and conversations."""
    with open_memory(store, namespace) as memory:
        counts = memory.stats()
        rows = [{"namespace": namespace, **counts}]
        emit_rows(rows, fmt)


@cli.command()
@store_options
@click.option("--format", "-f", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld"]), default="ttl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="File to write (default: standard output).")
def dump(store: str, namespace: str, fmt: str, output: str) -> None:
    """Write the namespace's graph as RDF."""
    with open_memory(store, namespace) as memory:
        if output == "-":
            memory.dump(sys.stdout.buffer, format=fmt)
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as out:
                memory.dump(out, format=fmt)
            click.echo(f"wrote {output}", err=True)


@cli.command()
@store_options
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--input-format", type=click.Choice(["jsonl", "txt"]), help="Turn format (default: from the extension).")
@click.option("--conversation", "-c", help="Conversation id for a transcript (default: the file name).")
@click.option("--llm-url", envvar="KGMEM_LLM_URL", help="Extract with an LLM at this OpenAI-compatible endpoint "
              "(key from $KGMEM_LLM_API_KEY or $OPENAI_API_KEY) instead of the offline rules.")
@click.option("--llm-model", envvar="KGMEM_LLM_MODEL", default="gpt-4o-mini", show_default=True, help="Model for --llm-url.")
@click.option("--extractor", "extractor_name", type=click.Choice(["rules", "model", "combined", "llm"]),
              help="rules (the default), model (the learned extractor), combined (both), llm (needs --llm-url; "
              "the default when --llm-url is given).")
@format_option("table", "json", "csv")
def remember(store: str, namespace: str, files: tuple[str, ...], input_format: str | None, conversation: str | None,
             llm_url: str | None, llm_model: str, extractor_name: str | None, fmt: str) -> None:
    """Extract facts from conversations in FILES and remember them.

    JSON Lines of {"conversation","turn","speaker","text","time"} or a 'Speaker: text' transcript.
    """
    from .formats import read_turns

    extractor = None
    if extractor_name or llm_url:
        from .extract.combined import make_extractor

        try:
            extractor = make_extractor(extractor_name or "llm", llm_url, llm_model)
        except KGMemoryError as e:
            raise click.UsageError(str(e)) from e

    with open_memory(store, namespace) as memory:
        rows = []
        for name in files:
            form = input_format or TURN_EXTENSIONS.get(Path(name).suffix.lower())
            if form is None:
                raise click.UsageError(f"{name}: cannot tell the format from the extension; use --input-format")
            try:
                turns = read_turns(sys.stdin if name == "-" else name, form, name="<stdin>" if name == "-" else name,
                                   conversation=conversation)
            except KGMemoryError as e:
                raise click.ClickException(str(e)) from e
            report = memory.remember(turns, extractor=extractor)
            rows.append({"file": name, "turns": report.turns, "facts": report.facts, "new_entities": report.new_entities})
        emit_rows(rows, fmt)


@cli.command()
@store_options
@click.argument("entity")
@click.option("--predicate", "-p", help="Only this predicate.")
@click.option("--history", is_flag=True, help="Include facts that are no longer valid.")
@format_option("table", "json", "csv")
def facts(store: str, namespace: str, entity: str, predicate: str | None, history: bool, fmt: str) -> None:
    """What the memory holds about ENTITY (a name or an IRI)."""
    with open_memory(store, namespace) as memory:
        emit_rows([fact_row(f) for f in memory.facts(entity, predicate, history=history)], fmt, title=entity)


@cli.command()
@store_options
@click.argument("entity")
@click.option("--predicate", "-p", help="Only this predicate.")
@format_option("table", "json", "csv")
def history(store: str, namespace: str, entity: str, predicate: str | None, fmt: str) -> None:
    """Every value ENTITY has had, with validity intervals and sources."""
    with open_memory(store, namespace) as memory:
        emit_rows([fact_row(f) for f in memory.history(entity, predicate)], fmt, title=f"history of {entity}")


@cli.command()
@store_options
@click.option("--fact", help="A fact IRI.")
@click.option("--entity", help="An entity (name or IRI): its facts and the turns they came from.")
@click.option("--conversation", help="A conversation id: its turns and the facts only it supports.")
@click.option("--speaker", help="A speaker: their turns and the facts only they support.")
@click.option("--everything", is_flag=True, help="The whole namespace.")
@click.option("--yes", is_flag=True, help="Do not ask before forgetting everything.")
def forget(store: str, namespace: str, fact: str | None, entity: str | None, conversation: str | None,
           speaker: str | None, everything: bool, yes: bool) -> None:
    """Forget memories; reports how many facts went."""
    chosen = [x for x in (fact, entity, conversation, speaker) if x] + (["all"] if everything else [])
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of --fact, --entity, --conversation, --speaker, --everything")
    if everything and not yes and not click.confirm(f"forget everything in namespace {namespace!r}?", default=False):
        raise click.Abort()
    with open_memory(store, namespace) as memory:
        n = memory.forget(fact=fact, entity=entity, conversation=conversation, speaker=speaker, everything=everything)
        click.echo(f"forgot {n} fact(s)")


@cli.command()
@store_options
@click.argument("name")
@click.option("-k", default=5, show_default=True, help="How many entities.")
@format_option("table", "json", "csv")
def lookup(store: str, namespace: str, name: str, k: int, fmt: str) -> None:
    """Entities whose names are closest to NAME (typos, case, transliteration)."""
    with open_memory(store, namespace) as memory:
        rows = [{"entity": e.label, "type": e.type, "score": round(score, 4), "iri": e.iri}
                for e, score in memory.lookup(name, k)]
        emit_rows(rows, fmt)


@cli.command()
@store_options
@format_option("table", "json", "csv")
def merges(store: str, namespace: str, fmt: str) -> None:
    """Fuzzy merges made by entity resolution (undo one with `kgmem split MENTION`)."""
    with open_memory(store, namespace) as memory:
        emit_rows([{"mention": m.mention, "type": m.type, "into": m.into, "score": m.score, "time": m.time}
                   for m in memory.merges()], fmt)


@cli.command()
@store_options
@click.argument("mention")
def split(store: str, namespace: str, mention: str) -> None:
    """Undo the merge of MENTION into another entity: it becomes an entity of its own again."""
    with open_memory(store, namespace) as memory:
        entity = memory.split(mention)
        click.echo(f"split {mention!r} off as {entity.iri}")


@cli.command()
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
    with open_memory(store, namespace) as memory:
        target: Any = sys.stdout if output == "-" else output
        memory.export(target, fmt, entity=entity, depth=depth, history=not current)
        if output == "-":
            click.echo()
        else:
            click.echo(f"wrote {output}", err=True)


@cli.command()
@click.option("--store", "-s", default="memory://", show_default=True, help="Where to keep the demo memory.")
@click.option("--output", "-o", help="Where to write the graph page (default: kgmem-demo.html in a new temporary directory).")
def demo(store: str, output: str | None) -> None:
    """Remember a short conversation, show the facts, answer a SPARQL query and export the graph."""
    from .demo import DEMO_QUERY, demo_page, demo_turns

    with open_memory(store, "demo") as memory:
        turns = demo_turns()
        click.echo("Conversation:")
        for t in turns:
            click.echo(f"  {t.speaker}: {t.text}")
        report = memory.remember(turns)
        click.echo(f"\nExtracted {report.facts} facts from {report.turns} turns:")
        emit_rows([fact_row(f) for f in memory.facts()], "table")
        click.echo(f"\nSPARQL:\n{DEMO_QUERY}")
        emit_result(memory.query(DEMO_QUERY), "table")
        click.echo("\nHistory of Alice's residence:")
        emit_rows([fact_row(f) for f in memory.history("Alice", "livesIn")], "table")
        page = demo_page(output)
        memory.export(page, "html")
        click.echo(f"\nInteractive graph written to {page}")


@cli.command()
@store_options
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port (0: any free one).")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=30.0, show_default=True,
              help="Seconds a query may run; past it its worker is killed and the client gets 503 "
                   "{\"error\": \"timeout\"}.")
@click.option("--max-memory", type=click.IntRange(16), default=2048, show_default=True,
              help="MiB of memory a query may use; past it the client gets 503 {\"error\": \"memory\"}.")
@click.option("--max-rows", type=click.IntRange(1), default=10_000, show_default=True,
              help="Longer results are cut, with the header X-KGMem-Truncated: true.")
@click.option("--max-concurrent", type=click.IntRange(1), default=4, show_default=True,
              help="Queries evaluated at once (one worker process each).")
@click.option("--max-connections", type=click.IntRange(1), default=256, show_default=True,
              help="Open connections at once; past it requests get 503.")
@click.option("--header-timeout", type=click.FloatRange(0, min_open=True), default=10.0, show_default=True,
              help="Seconds a client has to send a request's headers (and its body) before it is dropped.")
@click.option("--idle-timeout", type=click.FloatRange(0, min_open=True), default=5.0, show_default=True,
              help="Seconds a kept-alive connection may stay idle.")
@click.option("--all-namespaces", is_flag=True,
              help="Let clients pick any namespace (namespace=, GRAPH); by default only --namespace is visible.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (POST) from clients holding the token.")
@click.option("--token", envvar="KGMEM_SERVE_TOKEN", help="Bearer token for updates (or $KGMEM_SERVE_TOKEN).")
@click.option("--cors", "--cors-origin", "cors", multiple=True, metavar="ORIGIN",
              help="Send Access-Control-Allow-Origin to this web origin ('*': any; repeatable). Default: none.")
@click.option("--allow-host", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (besides the bound address; repeatable).")
@click.option("--allow-service", multiple=True, metavar="HOST",
              help="Let queries call SERVICE on HOST (repeatable). Default: SERVICE is refused.")
def serve(store: str, namespace: str, host: str, port: int, timeout: float, max_memory: int, max_rows: int,
          max_concurrent: int, max_connections: int, header_timeout: float, idle_timeout: float,
          all_namespaces: bool, allow_update: bool, token: str | None, cors: tuple[str, ...],
          allow_host: tuple[str, ...], allow_service: tuple[str, ...]) -> None:
    """Serve the memory as a SPARQL 1.1 endpoint at http://HOST:PORT/sparql (read-only by default).

    Results by content negotiation (or format=): SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples,
    JSON-LD. GET / shows a query form. Only the --namespace memory is visible unless
    --all-namespaces. Each query runs in a worker process, killed past --timeout or --max-memory.
    Example: kgmem serve --store DIR --port 7878
    """
    import logging

    from .serve import ServeOptions
    from .serve import serve as run_server

    try:
        options = ServeOptions(timeout=timeout, max_memory=max_memory << 20, max_rows=max_rows,
                               max_concurrent=max_concurrent, max_connections=max_connections,
                               header_timeout=header_timeout, idle_timeout=idle_timeout,
                               all_namespaces=all_namespaces, allow_update=allow_update, token=token,
                               cors_origins=cors, allow_hosts=allow_host, allow_service=allow_service)
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    with open_memory(store, namespace) as memory:
        try:
            run_server(memory, host, port, options, ready=lambda url: click.echo(f"SPARQL endpoint at {url}"))
        except OSError as e:
            raise click.ClickException(f"cannot serve on {host}:{port}: {e}") from e
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


@cli.command()
@store_options
@click.argument("text", required=False)
@click.option("--file", "-q", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file (e.g. queries/facts-about.cypher).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind $NAME to VALUE (repeatable).")
@format_option("table", "json", "csv", "tsv")
def cypher(store: str, namespace: str, text: str | None, query_file: Any, params: tuple[str, ...], fmt: str) -> None:
    """Run a Cypher query (TEXT, or --file) on a Neo4j store; $namespace is bound to --namespace.

      kgmem cypher -s bolt://localhost:7687 'MATCH (p:Person {namespace: $namespace}) RETURN p.name'
    """
    source = query_file.read() if query_file else text
    if not source:
        raise click.UsageError("give a query as TEXT or with --file")
    bindings = _parse_params(params)
    with open_memory(store, namespace) as memory:
        emit_result(memory.cypher(source, **bindings), fmt)


@cli.command("sync")
@click.option("--from", "source", required=True, help="The store to copy from (a directory, bolt://..., sparql+http://...).")
@click.option("--to", "target", required=True, help="The store to copy into.")
@click.option("--namespace", "-n", help="Only this namespace (default: every namespace of the source).")
@click.option("--batch-size", default=1000, show_default=True, help="Facts per atomic batch.")
@format_option("table", "json", "csv")
def sync_command(source: str, target: str, namespace: str | None, batch_size: int, fmt: str) -> None:
    """Copy memories from one store to another (idempotent), then verify the counts.

      kgmem sync --from ~/.local/share/kg-memory/store --to bolt://localhost:7687
    """
    from rich.progress import Progress

    from .stores import open_store
    from .sync import sync

    try:
        with open_store(source) as src, open_store(target) as dst, Progress(console=_stderr(), transient=True) as bar:
            tasks: dict[str, Any] = {}

            def update(ns: str, done: int, total: int) -> None:
                if ns not in tasks:
                    tasks[ns] = bar.add_task(f"sync {ns}", total=total)
                task = tasks[ns]
                bar.update(task, completed=done, total=total)

            reports = sync(src, dst, namespace=namespace, batch_size=batch_size, progress=update)
    except KGMemoryError as e:
        raise click.ClickException(str(e)) from e
    emit_rows([vars(r) for r in reports], fmt)


@cli.command()
@store_options
@click.argument("question")
@click.option("-k", default=10, show_default=True, help="How many memories.")
@format_option("table", "json")
def recall(store: str, namespace: str, question: str, k: int, fmt: str) -> None:
    """The facts and turns most relevant to QUESTION, best first."""
    with open_memory(store, namespace) as memory:
        rows = [{"rank": i + 1, **r.as_row()} for i, r in enumerate(memory.recall(question, k))]
    if fmt == "table":
        rows = [{**r, "sources": ", ".join(r["sources"]), "why": " ".join(r["why"])} for r in rows]
    emit_rows(rows, fmt, title=question)


@cli.command()
@store_options
@click.argument("entity")
@format_option("text", "table", "json", default="text")
def profile(store: str, namespace: str, entity: str, fmt: str) -> None:
    """What the memory currently knows about ENTITY, then its history."""
    with open_memory(store, namespace) as memory:
        found = memory.profile(entity)
    if fmt == "text":
        click.echo(found.text())
    else:
        emit_rows(found.rows(), fmt, title=found.entity.label)


def main() -> None:
    """Entry point of the ``kgmem`` console script."""
    cli(prog_name="kgmem")


if __name__ == "__main__":
    main()
