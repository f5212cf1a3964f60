"""The counts of each namespace graph of a SPARQL endpoint, kept in the endpoint so that ``stats()`` reads no data.

They live in one small named graph, :data:`GRAPH`, one node per namespace (its graph IRI; ``graph/default``
for the default graph) with one integer per key of :data:`KEYS` (those of ``_rdf_counts``). :func:`read`
reads that node alone: no count of the data, which at 1M facts cost more than the whole ``stats()`` budget
(the count of ``rdfs:label`` triples that checked them before took about 90 ms). Every text here is SPARQL
that the store puts into the update request of the write it counts, so that the write and its counts are
stored together or not at all (the server applies one request atomically):

- :func:`fresh`, first: zero counts for a graph that holds nothing and has none (a new namespace);
- :func:`add`: the batch's change, added on the server to the counts there (none: nothing happens);
- :func:`guard`: the counts are dropped when a new statement node of the batch holds a stored triple
  (the change computed on the client could not follow the batch: counted again when next asked);
- the batch's own ``DELETE DATA``/``INSERT DATA``, last: Oxigraph reads the counts in a transaction
  that holds no pending writes yet (after a 5,000-fact insert, reading them cost about 0.5 s of server CPU).

Writes of the store that are not counted (``update()``, a file ``load``) drop the counts of what they
write in the same request (:func:`drop`); a graph without counts, or with counts of another layout (an
older kg-memory), is counted again on the server by :func:`recount`, once. Writes that go around the
store (another client, a ``POST`` to the graph store) are not seen: ``SparqlEndpointStore.recount``
counts a namespace again after them.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .. import ids
from ._rdf_counts import KEYS
from ._rdf_layout import COUNT_FACTS

__all__ = ["GRAPH", "KEYS", "STORED", "add", "drop", "fresh", "guard", "node_of", "parse", "read", "recount", "scan",
           "set_zero"]

#: The named graph of the counts (outside ``graph/``: not a namespace).
GRAPH = f"<{ids.BASE}counts>"
_KEY = ids.BASE + "counts#"
#: The keys stored per graph (those of :data:`KEYS`; a node with other keys is counted again).
STORED = KEYS
_PRED = {k: f"<{_KEY}{k}>" for k in STORED}


def node_of(namespace: str) -> str:
    """The counts node of a namespace (its graph IRI), as SPARQL.

    >>> node_of("alice")
    '<https://w3id.org/kg-memory/graph/alice>'
    """
    return f"<{ids.graph_iri(namespace)}>"


def _in(graph: ox.NamedNode | ox.DefaultGraph, pattern: str) -> str:
    """``pattern`` over a data graph (the default graph: as it is)."""
    return pattern if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ {pattern} }}"


def _values(node: str, values: Iterable[int | str]) -> str:
    return f"{node} " + " ; ".join(f"{_PRED[k]} {v}" for k, v in zip(STORED, values))


def _scan_body(graph: ox.NamedNode | ox.DefaultGraph) -> str:
    """Subqueries binding ``?triples ?facts ?closed_facts ?entities ?turns ?conversations`` from the data."""
    facts = COUNT_FACTS.replace("(COUNT(*) AS ?n)", "(COUNT(*) AS ?facts)")
    parts = [
        "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }",
        facts,
        "SELECT (COUNT(*) AS ?closed_facts) WHERE { ?f :validTo ?t }",
        "SELECT (COUNT(DISTINCT ?e) AS ?entities) WHERE { ?e rdfs:label ?l . "
        f"FILTER(!STRSTARTS(STR(?e), '{ids.BASE}conversation/') && !STRSTARTS(STR(?e), '{ids.RELATION_BASE}')) }}",
        "SELECT (COUNT(*) AS ?turns) WHERE { ?t a :Turn }",
        "SELECT (COUNT(*) AS ?conversations) WHERE { ?c a :Conversation }",
    ]
    return " ".join(f"{{ {_in(graph, '{ ' + p + ' }')} }}" for p in parts)


def scan(graph: ox.NamedNode | ox.DefaultGraph) -> str:
    """A query counting a graph from its data (reads all of it), one row with the keys of :data:`STORED`."""
    return f"SELECT {' '.join('?' + k for k in STORED)} WHERE {{ {_scan_body(graph)} }}"


def recount(namespace: str, graph: ox.NamedNode | ox.DefaultGraph) -> str:
    """An update that counts a graph on the server and stores its counts (reads all of the graph)."""
    node = node_of(namespace)
    return (f"{drop([namespace])} ;\n"
            f"INSERT {{ GRAPH {GRAPH} {{ {_values(node, ('?' + k for k in STORED))} }} }} "
            f"WHERE {{ {_scan_body(graph)} }}")


def read(namespace: str) -> str:
    """A query of the stored counts of a namespace (rows ``?k ?v``): one node of :data:`GRAPH`, no data."""
    return f"SELECT ?k ?v WHERE {{ GRAPH {GRAPH} {{ {node_of(namespace)} ?k ?v }} }}"


def parse(rows: Iterable[dict[str, str]]) -> dict[str, int] | None:
    """The counts from the rows of :func:`read` (name -> value text), or None when they are missing,
    doubled (writers that raced) or of another layout (an older kg-memory's)."""
    stored: dict[str, int] = {}
    for row in rows:
        key = row.get("k", "")
        if not key.startswith(_KEY) or key[len(_KEY):] in stored:
            return None
        stored[key[len(_KEY):]] = int(row["v"])
    if set(stored) != set(STORED):
        return None
    return {k: stored[k] for k in KEYS}


def fresh(namespace: str, graph: ox.NamedNode | ox.DefaultGraph) -> str:
    """An update operation that gives a graph zero counts when it has none and holds nothing."""
    node = node_of(namespace)
    return (f"INSERT {{ GRAPH {GRAPH} {{ {_values(node, [0] * len(STORED))} }} }} WHERE {{ "
            f"FILTER NOT EXISTS {{ GRAPH {GRAPH} {{ {node} {_PRED['triples']} ?n }} }} "
            f"{{ SELECT (COUNT(*) AS ?held) WHERE {{ {{ SELECT * WHERE {{ {_in(graph, '?s ?p ?o')} }} LIMIT 1 }} }} }} "
            "FILTER(?held = 0) }")


def guard(namespace: str, graph: ox.NamedNode | ox.DefaultGraph, nodes: Iterable[ox.NamedNode]) -> str:
    """An update operation that drops the counts of a graph if one of ``nodes`` (new statement nodes,
    written without being read) holds a triple; empty for no nodes."""
    listed = " ".join(str(n) for n in nodes)
    if not listed:
        return ""
    node = node_of(namespace)  # a join, not FILTER EXISTS: Oxigraph evaluated that by scanning the graph
    return (f"DELETE {{ GRAPH {GRAPH} {{ {node} ?k ?v }} }} WHERE {{ "
            f"{{ SELECT ?n WHERE {{ VALUES ?n {{ {listed} }} {_in(graph, '?n ?p ?o')} }} LIMIT 1 }} "
            f"GRAPH {GRAPH} {{ {node} ?k ?v }} }}")


def add(namespace: str, change: list[int]) -> str:
    """An update operation that adds ``change`` (one number per key of :data:`STORED`) to the stored
    counts of a graph; nothing happens where it has none. Empty when nothing changes."""
    changed = [(k, d) for k, d in zip(STORED, change) if d]
    if not changed:
        return ""
    node = node_of(namespace)
    old = " ; ".join(f"{_PRED[k]} ?{k}" for k, _ in changed)
    new = " ; ".join(f"{_PRED[k]} ?{k}_" for k, _ in changed)
    binds = " ".join(f"BIND(?{k} + {d} AS ?{k}_)" for k, d in changed)
    return (f"DELETE {{ GRAPH {GRAPH} {{ {node} {old} }} }} INSERT {{ GRAPH {GRAPH} {{ {node} {new} }} }} "
            f"WHERE {{ GRAPH {GRAPH} {{ {node} {old} }} {binds} }}")


def drop(namespaces: Iterable[str] | None = None) -> str:
    """An update operation that drops the counts of ``namespaces`` (all of them for None)."""
    if namespaces is None:
        return f"DROP SILENT GRAPH {GRAPH}"
    nodes = " ".join(node_of(ns) for ns in namespaces)
    return f"DELETE {{ GRAPH {GRAPH} {{ ?c ?k ?v }} }} WHERE {{ VALUES ?c {{ {nodes} }} GRAPH {GRAPH} {{ ?c ?k ?v }} }}"


def set_zero(namespace: str) -> str:
    """Update operations that make a (just emptied) graph's counts zero."""
    return f"{drop([namespace])} ;\nINSERT DATA {{ GRAPH {GRAPH} {{ {_values(node_of(namespace), [0] * len(STORED))} }} }}"
