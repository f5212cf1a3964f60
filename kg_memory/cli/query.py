"""``kgmem query``, ``cypher`` and ``stats``: questions in SPARQL or Cypher."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ._common import emit_result, emit_rows, format_option, open_memory, store_options, typed_value

PARAM_HELP = ("Bind {sigil}NAME to VALUE (repeatable). VALUE is a string; VALUE^^TYPE a typed literal "
              "(7^^integer, 2024-05-01^^date); <IRI> or http(s)://... an IRI.")


def _query_file_option(suffix: str) -> Any:
    return click.option("--file", "-q", "query_file", metavar="NAME|PATH",
                        help=f"Read the query from a file, or a packaged query by NAME ({suffix}; see --list).")


def _list_option(suffix: str) -> Any:
    def show(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            for name, summary in packaged_queries(suffix):
                click.echo(f"{name:<20} {summary}")
            ctx.exit()

    return click.option("--list", "list_queries", is_flag=True, expose_value=False, is_eager=True, callback=show,
                        help="List the packaged queries (use one with -q NAME) and exit.")


def packaged_queries(suffix: str) -> list[tuple[str, str]]:
    """The queries shipped with kg-memory for ``suffix`` (``.rq``, ``.cypher``): name and first comment line."""
    from .._resources import resource_dir

    out = []
    for path in sorted(resource_dir("queries").glob(f"*{suffix}")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        comment = first and first[0].startswith(("#", "//"))
        summary = first[0].lstrip("#/ ").split("  kgmem")[0].strip() if comment else ""
        out.append((path.stem, summary))
    return out


def read_query(text: str | None, query_file: str | None, suffix: str) -> str:
    """The query text: TEXT, a file at ``query_file``, or the packaged query of that name."""
    if query_file is None:
        if not text:
            raise click.UsageError("give a query as TEXT or with --file/-q NAME|PATH")
        return text
    path = Path(query_file)
    if not path.is_file():
        from .._resources import resource_dir

        name = query_file.removesuffix(suffix)
        packaged = resource_dir("queries") / f"{name}{suffix}"
        if "/" in query_file or "\\" in query_file or not packaged.is_file():
            raise click.BadParameter(f"no file {query_file!r} and no packaged query of that name "
                                     f"(kgmem {'cypher' if suffix == '.cypher' else 'query'} --list shows them)",
                                     param_hint="--file/-q")
        path = packaged
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise click.BadParameter(f"cannot read {query_file}: {e}", param_hint="--file/-q") from None


def parse_params(params: tuple[str, ...]) -> dict[str, Any]:
    """``NAME=VALUE`` pairs as bindings: strings unless typed with ``^^TYPE``, IRIs as ``<IRI>`` or
    ``http(s)://...``/``urn:...``.

    >>> parse_params(("name=7", "n=7^^integer", "p=<https://ex.org/p>"))
    {'name': '7', 'n': 7, 'p': 'https://ex.org/p'}
    """
    from ..checks import check_iri
    from ..errors import InvalidName
    from ..ids import is_iri

    out: dict[str, Any] = {}
    for item in params:
        name, sep, value = item.partition("=")
        name = name.lstrip("?$")
        if not sep or not name.isidentifier():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value if is_iri(value) else None
        if iri is not None:
            try:
                check_iri(iri)
            except InvalidName as e:
                raise click.BadParameter(str(e), param_hint="--param") from None
            out[name] = iri
        elif "^^" in value:
            lexical, _, datatype = value.rpartition("^^")
            out[name] = typed_value(lexical.strip('"'), datatype, "--param")
        else:
            out[name] = value
    return out


def _is_update(text: str) -> bool:
    import re

    body = re.sub(r"(?m)^\s*(#.*|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*$", "", text, flags=re.I).strip()
    return bool(re.match(r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body, re.I))


@click.command()
@store_options
@click.argument("text", required=False)
@_query_file_option(".rq")
@_list_option(".rq")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help=PARAM_HELP.format(sigil="?"))
@format_option("table", "json", "csv", "tsv", "xml", "turtle", "nt", "jsonld")
def query(store: str, namespace: str, text: str | None, query_file: str | None, params: tuple[str, ...], fmt: str) -> None:
    """Run a SPARQL query or update (TEXT, or --file/-q NAME|PATH).

    Prefixes rdf, rdfs, xsd, owl, skos, prov, schema and ':' (the kg-memory vocabulary) are pre-bound:

      kgmem query 'SELECT ?place WHERE { ?p rdfs:label "Alice" ; :birthPlace ?place }'

      kgmem query -q facts-about -p name=Alice      (a packaged query; --list shows them)
    """
    source = read_query(text, query_file, ".rq")
    bindings = parse_params(params)
    update = _is_update(source)
    with open_memory(store, namespace, create=update) as memory:
        if update:
            memory.update(source, **bindings)
            click.echo("update applied", err=True)
            return
        emit_result(memory.query(source, **bindings), fmt)


@click.command()
@store_options
@format_option("table", "json", "csv")
@click.option("--recount", is_flag=True,
              help="Count again from the data (reads all of it) and keep the counts: after writes around the store.")
def stats(store: str, namespace: str, fmt: str, recount: bool) -> None:
    """Counts of facts, history, entities, turns and conversations."""
    with open_memory(store, namespace, create=False) as memory:
        counts = memory.store.recount(namespace=memory.namespace) if recount else memory.stats()
        rows = [{"namespace": namespace, **counts}]
        emit_rows(rows, fmt)


@click.command()
@store_options
@click.argument("text", required=False)
@_query_file_option(".cypher")
@_list_option(".cypher")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help=PARAM_HELP.format(sigil="$"))
@format_option("table", "json", "csv", "tsv")
def cypher(store: str, namespace: str, text: str | None, query_file: str | None, params: tuple[str, ...], fmt: str) -> None:
    """Run a Cypher query (TEXT, or --file/-q NAME|PATH) on a Neo4j store; $namespace is bound to --namespace.

      kgmem cypher -s bolt://localhost:7687 'MATCH (p:Person {namespace: $namespace}) RETURN p.name'
    """
    source = read_query(text, query_file, ".cypher")
    bindings = parse_params(params)
    with open_memory(store, namespace, create=False) as memory:
        emit_result(memory.cypher(source, **bindings), fmt)


COMMANDS = (query, cypher, stats)
