"""A self-contained HTML page to explore the memory graph in a browser, offline.

The page inlines Cytoscape.js (vendored from npm under ``static/``, see ``static/README.md``) and the
graph as JSON in a ``<script type="application/json">`` tag; it loads nothing from the network.
Entities are coloured by class (with a legend), facts are labelled by predicate and facts that no
longer hold are dashed. A search box keeps the entities whose name or alias contains the text, with
their facts. Clicking an entity opens a side panel with its facts, their validity and provenance
(conversation, turn, speaker, time, text).

A large graph is cut to the ``max_nodes`` most connected entities and ``max_edges`` facts among
them; the page then says so and how to export the neighbourhood of one entity instead
(``kgmem export --entity X --depth N``, see :func:`kg_memory.export.neighbourhood`). The layout is
force-directed (``cose``) for small graphs; large ones get ``spiral`` (most connected entities in
the middle), drawn in linear time.

The page sets ``window.kgmemStats`` (``nodes``, ``edges`` drawn, ``totalNodes``, ``totalEdges``,
``truncated``, ``visibleNodes``, ``visibleEdges`` after a search...) for scripts and tests.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("ex:alice", label="Alice", type="Person", iri="ex:alice")
>>> G.add_node("ex:paris", label="Paris", type="Place", iri="ex:paris")
>>> _ = G.add_edge("ex:alice", "ex:paris", key="ex:f1", predicate="livesIn", current=True)
>>> page = html_data(G, title="Alice's memory")
>>> page.startswith("<!DOCTYPE html>"), "cdn" in page.lower()
(True, False)
>>> html_payload(G)["edges"][0]["predicate"]
'livesIn'
"""

from __future__ import annotations

import heapq
import html as html_lib
import json
import logging
import re
from importlib import resources
from typing import Any

import networkx as nx

from kg_memory.errors import InputError
from kg_memory.export._common import PathOrFile, json_value, type_colour, write_text

__all__ = ["DEFAULT_MAX_EDGES", "DEFAULT_MAX_NODES", "LAYOUTS", "html_data", "html_payload", "write_html"]

logger = logging.getLogger(__name__)

#: Above this many entities the page draws only the most connected ones.
DEFAULT_MAX_NODES = 2000
#: At most this many facts are drawn (current and most confident first).
DEFAULT_MAX_EDGES = 6000
#: The layouts the page offers. ``"auto"`` picks ``cose`` (force-directed) up to :data:`COSE_MAX_NODES`
#: entities, else ``spiral``: entities on a golden-angle spiral, most connected in the middle (linear time).
LAYOUTS = ("auto", "cose", "spiral", "concentric", "grid", "circle", "breadthfirst")
COSE_MAX_NODES = 300

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                               "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _asset(name: str) -> str:
    """The text of a file under ``kg_memory/export/static/``."""
    return resources.files("kg_memory.export").joinpath("static", name).read_text(encoding="utf-8")


def _script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` are written as ``\\uXXXX``.

    >>> _script_json({"t": "</script><!--"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)


def _select(G: nx.MultiDiGraph, max_nodes: int, max_edges: int) -> tuple[list[Any], list[tuple]]:
    """The nodes and edges to draw: the most connected nodes, then current, confident edges."""
    if G.number_of_nodes() > max_nodes:
        ranked = heapq.nlargest(max_nodes, G.degree, key=lambda item: item[1])
        keep = {node for node, _ in ranked}
        nodes = [node for node in G if node in keep]
        edges = [e for e in G.edges(keys=True, data=True) if e[0] in keep and e[1] in keep]
    else:
        nodes = list(G)
        edges = list(G.edges(keys=True, data=True))
    if len(edges) > max_edges:
        ranked_edges = heapq.nlargest(
            max_edges, enumerate(edges),
            key=lambda item: (item[1][3].get("current") is not False and not item[1][3].get("valid_to"),
                              item[1][3].get("confidence") or 0.0, -item[0]))
        edges = [edge for _, edge in sorted(ranked_edges, key=lambda item: item[0])]
    return nodes, edges


def _source(source: Any) -> dict[str, Any]:
    if not isinstance(source, dict):
        return {"text": str(source)}
    return {key: json_value(source.get(key)) for key in ("conversation", "turn", "speaker", "time", "text")}


def html_payload(
    G: nx.MultiDiGraph,
    *,
    title: str = "kg-memory",
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int = DEFAULT_MAX_EDGES,
    layout: str = "auto",
) -> dict[str, Any]:
    """The data the page embeds: the drawn nodes and edges (by index), the totals and the limits.

    Parameters are those of :func:`html_data`. Nodes are ``{"label", "type", "iri", "aliases"}``;
    edges are ``{"source", "target"}`` (node indexes) plus the fact's ``iri``, ``predicate``,
    ``predicate_iri``, ``confidence``, ``valid_from``, ``valid_to``, ``current`` and ``sources``.
    """
    if layout not in LAYOUTS:
        raise InputError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    if max_nodes < 1 or max_edges < 0:
        raise InputError("max_nodes must be 1 or more and max_edges 0 or more")
    nodes, edges = _select(G, max_nodes, max_edges)
    index = {node: i for i, node in enumerate(nodes)}
    node_rows: list[dict[str, Any]] = []
    for node in nodes:
        attrs = G.nodes[node]
        node_rows.append({
            "label": str(attrs.get("label", node)),
            "type": str(attrs.get("type") or "Thing"),
            "iri": str(attrs.get("iri", node)),
            "aliases": [str(a) for a in attrs.get("aliases") or ()],
        })
    edge_rows = [
        {
            "source": index[u], "target": index[v], "iri": str(key),
            "predicate": str(attrs.get("predicate", "")),
            "predicate_iri": json_value(attrs.get("predicate_iri")),
            "confidence": json_value(attrs.get("confidence")),
            "valid_from": json_value(attrs.get("valid_from")),
            "valid_to": json_value(attrs.get("valid_to")),
            "current": attrs.get("current") is not False and not attrs.get("valid_to"),
            "sources": [_source(s) for s in attrs.get("sources") or ()],
        }
        for u, v, key, attrs in edges
    ]
    truncated = len(nodes) < G.number_of_nodes() or len(edges) < G.number_of_edges()
    if truncated:
        logger.info("HTML export draws %d of %d nodes and %d of %d edges", len(nodes),
                    G.number_of_nodes(), len(edges), G.number_of_edges())
    types = sorted({row["type"] for row in node_rows}, key=lambda t: (t == "Literal", t))
    return {
        "title": title,
        "layout": ("cose" if len(nodes) <= COSE_MAX_NODES else "spiral") if layout == "auto" else layout,
        "limit": {"max_nodes": max_nodes, "max_edges": max_edges},
        "total": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
        "truncated": truncated,
        "types": {t: type_colour(t) for t in types},
        "nodes": node_rows,
        "edges": edge_rows,
    }


def html_data(
    G: nx.MultiDiGraph,
    *,
    title: str = "kg-memory",
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int = DEFAULT_MAX_EDGES,
    layout: str = "auto",
) -> str:
    """The self-contained HTML page showing the memory graph ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph (nodes keyed by entity IRI, edges keyed by fact IRI).
    title : str
        The page title.
    max_nodes : int
        Draw at most this many entities (the most connected ones); the page says when it cut.
    max_edges : int
        Draw at most this many facts (current and most confident first).
    layout : str
        One of :data:`LAYOUTS`; ``"auto"`` picks ``cose`` for small graphs, ``spiral`` above
        :data:`COSE_MAX_NODES` entities.

    Returns
    -------
    str
        One HTML document with its scripts and data inlined.

    Raises
    ------
    InputError
        For an unknown layout or a limit below 1.
    """
    payload = html_payload(G, title=title, max_nodes=max_nodes, max_edges=max_edges, layout=layout)
    library = _asset("cytoscape.min.js")
    if "</script" in library.lower():  # cannot happen with the vendored build; guards an update
        raise RuntimeError("vendored cytoscape.min.js contains '</script'")
    parts = {
        "title": html_lib.escape(title),
        "style": _asset("viewer.css"),
        "data": _script_json(payload),
        "cytoscape": library,
        "script": _asset("viewer.js"),
    }
    return _PLACEHOLDER.sub(lambda match: parts[match.group(1)], _asset("viewer.html"))


def write_html(G: nx.MultiDiGraph, path_or_file: PathOrFile, **options: Any) -> None:
    """Write :func:`html_data` of ``G`` (``options`` passed on) to a file name or an open file."""
    write_text(html_data(G, **options), path_or_file)
