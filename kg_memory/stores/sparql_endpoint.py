"""A remote SPARQL 1.1 endpoint as a store (the SPARQL 1.1 Protocol over HTTP, with ``httpx``).

The data layout is the embedded store's (:mod:`._rdf_layout`), namespace for namespace (the default
namespace is the endpoint's default graph, any other the named graph ``kg_memory.ids.graph_iri(ns)``),
so a memory moves between the two with a dump and a load.

The store shares the embedded store's code instead of repeating it: each call works on a *view* of
the namespace graph, a local in-memory ``pyoxigraph.Store`` that fetches what the code reads
(``CONSTRUCT`` requests, prefetched in bulk, completed on demand). A write batch
(:class:`._rdf_batch.TripleBatch`, the rules of :mod:`.write_plan`) runs on that view and sends the resulting deletions and insertions as **one** update
request (``DELETE DATA {..} ; INSERT DATA {..}``), which the server applies atomically: a batch is
stored entirely or not at all, even when the connection or the server dies half-way. Concurrent
writers are not isolated from each other (the read and the write are separate requests).

``stats()`` reads counts that each write updates in the same request (:mod:`._sparql_counts`, a small
graph of the endpoint) and no data; a graph whose counts a write of the store dropped (``update()``, a file
load) is counted again once, and :meth:`SparqlEndpointStore.recount` counts one again after writes that
went around the store.

URLs: ``sparql+http://host:port/query`` (``sparql+https`` for TLS). The update endpoint is the sibling
``update`` unless ``?update=URL`` (absolute or relative) says otherwise. Credentials: ``auth=`` (a
``(user, password)`` pair, or a bearer token string), else ``user:password@`` in the URL, else
``$KGMEM_SPARQL_TOKEN`` (bearer) or ``$KGMEM_SPARQL_USER``/``$KGMEM_SPARQL_PASSWORD`` (basic).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox

from .. import ids
from ..errors import ConnectionFailed, ParseError, QueryError, StoreError
from ..results import QueryResult
from ..terms import to_rdflib
from ..types import Entity, Fact, Turn, Value
from ..vocab import KGM, PREFIXES, Vocabulary, sparql_prologue
from . import _sparql_counts as counts
from ._rdf_batch import TripleBatch
from ._rdf_counts import KEYS as COUNT_KEYS
from ._rdf_counts import batch_delta
from ._rdf_counts import delta as count_delta
from ._rdf_counts import written as count_written
from ._rdf_layout import (
    ENTITY_META,
    IN_CONV,
    LABEL,
    OBSERVATION,
    R_OBJECT,
    R_SUBJECT,
    RDF_FORMATS,
    TURN,
    VALID_TO,
    A,
    Reader,
    alias_terms,
    data_block,
    graph_of,
    is_internal,
    term,
    to_result,
)
from ._sparql_update import bind_query, scope_update
from ._triple_store import TripleStore
from .base import DEFAULT_NAMESPACE, turn_order

__all__ = ["SparqlEndpointStore", "parse_endpoint_url"]

logger = logging.getLogger(__name__)

_N = ox.NamedNode
_CHUNK = 400  # IRIs per VALUES block of a prefetch
_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"


def parse_endpoint_url(url: str) -> tuple[str, str, tuple[str, str] | None]:
    """Split a ``sparql+http(s)://`` URL into (query URL, update URL, basic credentials).

    >>> parse_endpoint_url("sparql+http://u:p@localhost:7878/query")
    ('http://localhost:7878/query', 'http://localhost:7878/update', ('u', 'p'))
    >>> parse_endpoint_url("sparql+https://example.org/ds/sparql?update=/ds/update")[:2]
    ('https://example.org/ds/sparql', 'https://example.org/ds/update')
    """
    parts = urlsplit(url.removeprefix("sparql+"))
    auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port:
        netloc += f":{parts.port}"
    params = parse_qsl(parts.query, keep_blank_values=True)
    update = next((v for k, v in params if k == "update"), None)
    rest = urlencode([(k, v) for k, v in params if k != "update"])
    query_url = urlunsplit((parts.scheme, netloc, parts.path, rest, ""))
    return query_url, urljoin(query_url, update or "update"), auth


class SparqlEndpointStore(TripleStore):
    """Facts in a remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB...), same layout as RdfStore.

    Examples
    --------
    >>> store = SparqlEndpointStore("sparql+http://localhost:7878/query")
    >>> store.query_url, store.update_url
    ('http://localhost:7878/query', 'http://localhost:7878/update')
    """

    query_language = "sparql"
    rdf_native = True
    persistent = True

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        auth: tuple[str, str] | str | None = None,
        timeout: float = 60.0,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        super().__init__(vocabulary=vocabulary)
        self.query_url, default_update, self._url_auth = parse_endpoint_url(url)
        self.update_url = update_url or default_update
        self._auth = auth
        self.timeout = timeout
        self._client: Any = None

    def __repr__(self) -> str:
        return f"SparqlEndpointStore({self.query_url!r})"

    # -- HTTP -----------------------------------------------------------------------------------

    def open(self) -> None:
        if self._client is not None:
            return
        import httpx

        auth: Any = self._auth or self._url_auth
        if auth is None and os.environ.get("KGMEM_SPARQL_TOKEN"):
            auth = os.environ["KGMEM_SPARQL_TOKEN"]
        elif auth is None and os.environ.get("KGMEM_SPARQL_USER"):
            auth = (os.environ["KGMEM_SPARQL_USER"], os.environ.get("KGMEM_SPARQL_PASSWORD", ""))
        headers = {"Authorization": f"Bearer {auth}"} if isinstance(auth, str) else {}
        self._client = httpx.Client(
            timeout=self.timeout, headers=headers, auth=auth if isinstance(auth, tuple) else None
        )
        try:
            self._post(self.query_url, {"query": "ASK {}"}, _JSON)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> Any:
        """The ``httpx.Client`` (opened on first use)."""
        if self._client is None:
            self.open()
        return self._client

    def _post(self, url: str, data: dict[str, Any], accept: str) -> Any:
        import httpx

        try:
            response = self.client.post(url, data=data, headers={"Accept": accept})
        except httpx.TimeoutException as e:
            raise StoreError(f"the SPARQL endpoint {url} did not answer within {self.timeout:g} s") from e
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as e:
            raise ConnectionFailed(f"cannot reach the SPARQL endpoint {url}: {e}") from e
        except httpx.HTTPError as e:
            raise StoreError(f"request to the SPARQL endpoint {url} failed: {e}") from e
        status = response.status_code
        if status < 300:
            return response
        text = response.text.strip()[:2000]
        if status in (401, 403):
            raise ConnectionFailed(f"the SPARQL endpoint {url} refused the credentials (HTTP {status}): {text}")
        if status in (404, 405):
            raise ConnectionFailed(f"no SPARQL endpoint at {url} (HTTP {status})")
        if status == 400:
            raise QueryError(f"the SPARQL endpoint rejected the request: {text}")
        raise StoreError(f"the SPARQL endpoint {url} failed (HTTP {status}): {text}")

    def _dataset(self, namespace: str) -> dict[str, Any]:
        return {} if namespace == DEFAULT_NAMESPACE else {"default-graph-uri": ids.graph_iri(namespace)}

    def _select(self, text: str, namespace: str) -> Any:
        data = {"query": sparql_prologue() + text, **self._dataset(namespace)}
        response = self._post(self.query_url, data, _JSON)
        return ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)

    def _construct(self, text: str, namespace: str) -> list[ox.Triple]:
        data = {"query": sparql_prologue() + text, **self._dataset(namespace)}
        response = self._post(self.query_url, data, _NTRIPLES)
        return list(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))

    def _update(self, text: str) -> None:
        self._post(self.update_url, {"update": text}, "*/*")

    # -- writing --------------------------------------------------------------------------------

    def _batch(self, namespace: str) -> TripleBatch:
        view = _View(self, namespace)
        return TripleBatch(view, view.graph, self.vocabulary, prefetch=view.describe)

    def _commit(self, batch: TripleBatch) -> None:
        """Send the batch and the change it makes to the counts as one update request, which the
        server applies atomically (see :mod:`._sparql_counts` for the order of its operations)."""
        text = batch.update_text()
        if not text:
            return
        view, g = batch.db, batch.graph
        ns = view.namespace  # type: ignore[attr-defined]
        change = batch_delta(batch)
        # new statement nodes the batch also deletes from were read: checked here; the others on the server
        deleted = {s for s, _, _ in batch.deletes}
        read = [n for n in batch.written_nodes if n in deleted]
        if read and not count_written(view, g, read, batch.deletes):
            ops = [counts.drop([ns]), text]
        else:
            ops = [counts.fresh(ns, g), counts.add(ns, change),
                   counts.guard(ns, g, (n for n in batch.written_nodes if n not in deleted)), text]
        self._update(sparql_prologue() + " ;\n".join(op for op in ops if op))

    def _prefetch(self, batch: TripleBatch, facts: list[Fact], turns: list[Turn]) -> None:
        _prefetch_batch(batch.db, facts, turns)  # type: ignore[arg-type]

    def _turn_nodes(self, batch: TripleBatch, predicate: Any, value: Any) -> set[Any]:
        nodes = super()._turn_nodes(batch, predicate, value)
        batch.db.describe(nodes)  # type: ignore[attr-defined]
        return nodes

    def _forget_everything(self, namespace: str) -> int:
        stats = self.stats(namespace=namespace)
        g = graph_of(namespace)
        clear = "CLEAR SILENT DEFAULT" if isinstance(g, ox.DefaultGraph) else f"DROP SILENT GRAPH {g}"
        self._update(f"{clear} ;\n{counts.set_zero(namespace)}")
        return stats["facts"] + stats["closed_facts"]

    def remove_alias(self, entity: str, alias: str, *, namespace: str = DEFAULT_NAMESPACE) -> None:
        view, node = _View(self, namespace), _N(entity)
        triples = [(node, p, o) for p, o in alias_terms(alias) if view.quads_for_pattern(node, p, o, view.graph)]
        if triples:
            change = count_delta(view, view.graph, [], triples)
            quads = list(ox.Quad(*t, view.graph) for t in triples)
            ops = [counts.add(namespace, change), f"DELETE DATA {{ {data_block(quads)} }}"]
            self._update(" ;\n".join(op for op in ops if op))

    def update(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> None:
        """Send a SPARQL update (prefixes pre-bound), applied atomically by the server: the
        namespace's graph is the default graph; ``params`` bind variables (``name=value``). The
        same request drops the counts of every namespace (counted again when next asked)."""
        graph = None if namespace == DEFAULT_NAMESPACE else ids.graph_iri(namespace)
        scoped = scope_update(text, graph, {k: str(term(v)) for k, v in params.items()})
        self._update(f"{sparql_prologue()}{scoped} ;\n{counts.drop()}")

    # -- reading --------------------------------------------------------------------------------

    def query(self, text: str, *, namespace: str = DEFAULT_NAMESPACE, **params: Any) -> QueryResult:
        """Run a SPARQL query on the server, the namespace's graph as default graph.

        ``params`` bind variables (``name=value``) before evaluation, so that its ``FILTER`` and ``BIND``
        see them (:func:`~._sparql_update.bind_query`).
        """
        text = bind_query(text, {k: str(term(v)) for k, v in params.items()})
        data = {"query": sparql_prologue() + text, **self._dataset(namespace)}
        response = self._post(self.query_url, data, f"{_JSON}, {_NTRIPLES};q=0.9")
        kind = response.headers.get("content-type", "").split(";")[0].strip()
        if kind == _NTRIPLES:
            triples = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
            return _to_graph_result(triples)
        return to_result(ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON))

    def facts(
        self,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | Value | Entity | None = None,
        history: bool = False,
    ) -> Iterator[Fact]:
        view = _View(self, namespace)
        s = _N(subject) if subject else None
        p = _N(self.vocabulary.predicate_iri(predicate)) if predicate else None
        o = term(object) if object is not None else None
        quads = [q for q in view.quads_for_pattern(s, p, o, view.graph)
                 if q.predicate not in ENTITY_META and not is_internal(q.subject)]
        closed: list[Any] = []
        if history:
            bp, bo = (R_SUBJECT, s) if s is not None else (R_OBJECT, o) if o is not None else (VALID_TO, None)
            closed = [q.subject for q in view.quads_for_pattern(None, bp, bo, view.graph)]
        _prefetch_statements(view, quads, closed)
        reader = Reader(view, view.graph)
        for q in quads:
            yield reader.fact(q.subject, q.predicate, q.object)
        if history:
            yield from reader.closed_facts(s, p, o)

    def turns(self, *, namespace: str = DEFAULT_NAMESPACE, conversation: str | None = None) -> Iterator[Turn]:
        view = _View(self, namespace)
        if conversation is not None:
            pattern = (IN_CONV, _N(ids.conversation_iri(conversation)))
        else:
            pattern = (A, TURN)
        nodes = [q.subject for q in view.quads_for_pattern(None, *pattern, view.graph)]
        view.describe(nodes)
        reader = Reader(view, view.graph)
        yield from sorted((reader.turn(n) for n in nodes), key=turn_order)

    def entities(self, *, namespace: str = DEFAULT_NAMESPACE) -> Iterator[Entity]:
        view = _View(self, namespace)
        nodes = list(dict.fromkeys(
            q.subject for q in view.quads_for_pattern(None, LABEL, None, view.graph)
            if isinstance(q.subject, ox.NamedNode) and not is_internal(q.subject)
        ))
        view.describe(nodes, meta_only=True)
        reader = Reader(view, view.graph)
        for node in nodes:
            yield reader.entity(node)

    def count(self, *, namespace: str = DEFAULT_NAMESPACE) -> int:
        return self.stats(namespace=namespace)["facts"]

    def stats(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Counts of triples, current facts, history, entities, turns and conversations: kept by the
        writes in the endpoint (one query of a few triples, no data read), counted again on the server
        where a write of the store dropped them. Writes that went around the store (another client)
        are not seen: :meth:`recount` after them."""
        known = self._kept_counts(namespace)
        return known if known is not None else self.recount(namespace=namespace)

    def recount(self, *, namespace: str = DEFAULT_NAMESPACE) -> dict[str, int]:
        """Count a namespace again from its data, on the server (reads all of it: about 40 s at 1M
        facts on Oxigraph), and keep those counts: after the graph was written by other means than
        this store (another client, a ``POST`` to the graph store). Returns :meth:`stats`."""
        self._update(sparql_prologue() + counts.recount(namespace, graph_of(namespace)))
        known = self._kept_counts(namespace)
        return known if known is not None else self._scan_stats(namespace)  # a writer raced the recount

    def _kept_counts(self, namespace: str) -> dict[str, int] | None:
        rows = self._select(counts.read(namespace), DEFAULT_NAMESPACE)
        return counts.parse({"k": str(row["k"].value), "v": str(row["v"].value)} for row in rows)

    def _scan_stats(self, namespace: str) -> dict[str, int]:
        """:meth:`stats` counted from the data (reads the whole graph: a reference)."""
        row = next(iter(self._select(counts.scan(graph_of(namespace)), DEFAULT_NAMESPACE)))
        return {k: int(row[k].value) for k in COUNT_KEYS}

    def namespaces(self) -> list[str]:
        prefix = ids.graph_iri("")
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", DEFAULT_NAMESPACE)
        names = [unquote(r["g"].value[len(prefix):]) for r in rows if r["g"].value.startswith(prefix)]
        if self._select("ASK { ?s ?p ?o }", DEFAULT_NAMESPACE):
            names.append(DEFAULT_NAMESPACE)
        return sorted(names)

    # -- RDF files ------------------------------------------------------------------------------

    def load(
        self, source: str | os.PathLike[str] | IO[bytes], *, format: str, namespace: str = DEFAULT_NAMESPACE,
        name: str | None = None, progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Parse an RDF file completely, then send it as one ``INSERT DATA`` (all or nothing)."""
        fmt = RDF_FORMATS.get(format)
        label = name or (str(source) if isinstance(source, (str, os.PathLike)) else "<stream>")
        if fmt is None:
            raise ParseError(f"unknown RDF format {format!r}; known: {', '.join(RDF_FORMATS)}", source=name)
        if fmt.supports_datasets and namespace != DEFAULT_NAMESPACE:
            raise ParseError("quad formats (N-Quads, TriG) load into the default namespace", source=label)
        try:
            if isinstance(source, (str, os.PathLike)):
                parsed = list(ox.parse(path=os.fspath(source), format=fmt))
            else:
                parsed = list(ox.parse(source, format=fmt))
        except SyntaxError as e:
            raise ParseError(str(e.msg if getattr(e, "msg", None) else e), source=label, line=e.lineno, column=e.offset) from e
        except (ValueError, OSError) as e:
            raise ParseError(str(e), source=label) from e
        target = graph_of(namespace)
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, getattr(t, "graph_name", target) or target)
            for t in parsed
        ]
        if quads:  # the counts of what it writes are dropped (counted again when next asked)
            dropped = counts.drop(None if fmt.supports_datasets else [namespace])
            self._update(f"INSERT DATA {{ {data_block(quads)} }} ;\n{dropped}")
        if progress:
            progress(1, 1)
        return len(quads)

    def dump(self, output: IO[bytes], *, format: str, namespace: str | None = None) -> None:
        """Write the namespace's graph (fetched with one CONSTRUCT) as RDF."""
        fmt = RDF_FORMATS.get(format)
        if fmt is None:
            raise ValueError(f"unknown RDF format {format!r}; known: {', '.join(RDF_FORMATS)}")
        triples = self._construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", namespace or DEFAULT_NAMESPACE)
        kwargs: dict[str, Any] = {}
        if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            kwargs["prefixes"] = {(p or "kgm"): iri for p, iri in PREFIXES.items() if p != "kgm"} | {"kgm": KGM}
        items: list[Any] = triples
        if fmt.supports_datasets:
            g = graph_of(namespace or DEFAULT_NAMESPACE)
            items = [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
        ox.serialize(items, output, format=fmt, **kwargs)


# -- the local view of a remote graph -----------------------------------------------------------


class _View:
    """A read-only, pyoxigraph-like view of one graph of the endpoint, fetched on demand.

    Reads with a bound subject fetch that subject's description once; reads without one fetch the
    pattern's matches once. The fetched quads live in a private in-memory store for the view's life
    (one store call), so the batch logic sees a consistent picture and pays one request per new node
    at worst; the callers prefetch in bulk with :meth:`describe`.
    """

    def __init__(self, store: SparqlEndpointStore, namespace: str) -> None:
        self.store, self.namespace = store, namespace
        self.graph = graph_of(namespace)
        self.mirror = ox.Store()
        self._described: set[Any] = set()
        self._meta: set[Any] = set()
        self._patterns: set[tuple[Any, Any]] = set()

    def quads_for_pattern(self, s: Any, p: Any, o: Any, g: Any = None) -> list[ox.Quad]:
        if s is not None:
            if p in ENTITY_META and s not in self._described:
                self.describe([s], meta_only=True)
            else:
                self.describe([s])
        else:
            self._fetch(p, o)
        return list(self.mirror.quads_for_pattern(s, p, o, self.graph))

    def describe(self, nodes: Iterable[Any], meta_only: bool = False) -> None:
        """Fetch every triple whose subject is one of ``nodes`` (only type and labels if ``meta_only``)."""
        done = self._meta | self._described if meta_only else self._described
        todo = list(dict.fromkeys(n for n in nodes if isinstance(n, ox.NamedNode) and n not in done))
        where = "?s ?p ?o ." + (" FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel, skos:prefLabel))" if meta_only else "")
        for start in range(0, len(todo), _CHUNK):
            chunk = todo[start:start + _CHUNK]
            values = " ".join(str(n) for n in chunk)
            self._add(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values} }} {where} }}")
            (self._meta if meta_only else self._described).update(chunk)

    def _fetch(self, p: Any, o: Any) -> None:
        if (p, o) in self._patterns or (None, None) in self._patterns:
            return
        pt = str(p) if p is not None else "?p"
        ot = str(o) if o is not None else "?o"
        self._add(f"CONSTRUCT {{ ?s {pt} {ot} }} WHERE {{ ?s {pt} {ot} }}")
        self._patterns.add((p, o))

    def _add(self, text: str) -> None:
        triples = self.store._construct(text, self.namespace)
        self.mirror.extend(ox.Quad(t.subject, t.predicate, t.object, self.graph) for t in triples)


def _prefetch_batch(view: _View, facts: list[Fact], turns: list[Turn]) -> None:
    """Fetch, in a few requests, the entities and turns a write batch reads (the batch prefetches
    the statements it needs itself)."""
    entities, turn_nodes = [], [_N(ids.turn_iri(t.conversation, t.turn)) for t in turns]
    turn_nodes += {_N(ids.conversation_iri(t.conversation)) for t in turns}  # the counts read them
    for fact in facts:
        for e in (fact.subject, fact.object):
            if isinstance(e, Entity) and e.iri is not None:
                entities.append(_N(e.iri))
        for src in fact.sources:
            if src.conversation is not None and src.turn is not None:
                turn_nodes += [_N(ids.turn_iri(src.conversation, src.turn)), _N(ids.conversation_iri(src.conversation))]
    view.describe(entities + turn_nodes)


def _prefetch_statements(view: _View, quads: list[ox.Quad], closed: list[Any]) -> None:
    """Fetch the statement nodes, entities and turns that reading these facts needs."""
    statements = [_N(ids.fact_iri(str(q.subject.value), q.predicate.value, str(q.object)))  # type: ignore[union-attr]
                  for q in quads]
    view.describe(statements + closed)
    nodes: set[Any] = {q.subject for q in quads} | {q.object for q in quads if isinstance(q.object, ox.NamedNode)}
    for st in closed:
        for q in view.mirror.quads_for_pattern(st, None, None, view.graph):
            if q.predicate in (R_SUBJECT, R_OBJECT):
                nodes.add(q.object)
    turns = {q.object for st in statements + closed
             for q in view.mirror.quads_for_pattern(st, OBSERVATION, None, view.graph)}
    view.describe(nodes, meta_only=True)
    view.describe(turns)


def _to_graph_result(triples: Iterable[ox.Triple]) -> QueryResult:
    return QueryResult("graph", triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in triples])

