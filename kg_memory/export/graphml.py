"""GraphML export, for Gephi, yEd and Cytoscape desktop.

Lists (``aliases``, ``sources``) are written as JSON text and ``None`` values are left out, since
GraphML holds scalars only. Each edge keeps its fact IRI as its ``id`` and gets a ``label`` (the
predicate) and a ``weight`` (the confidence), which Gephi shows; each node gets a ``color``.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("ex:alice", label="Alice", type="Person", iri="ex:alice", aliases=["Ali"])
>>> G.add_node("ex:paris", label="Paris", type="Place", iri="ex:paris")
>>> _ = G.add_edge("ex:alice", "ex:paris", key="ex:f1", predicate="livesIn", confidence=0.9,
...                valid_to=None, current=True, sources=[])
>>> text = graphml_data(G)
>>> H = nx.parse_graphml(text, force_multigraph=True)
>>> H.nodes["ex:alice"]["label"], H.edges["ex:alice", "ex:paris", "ex:f1"]["predicate"]
('Alice', 'livesIn')
"""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from kg_memory.export._common import PRETTY_LIMIT, PathOrFile, flat_graph, type_colour, write_text

__all__ = ["graphml_data", "write_graphml"]


def _node_extra(node: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    return {"label": str(attrs.get("label", node)), "color": type_colour(attrs.get("type"))}


def _edge_extra(u: Any, v: Any, key: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {"label": str(attrs.get("predicate", "")),
                             "source_count": len(attrs.get("sources") or ())}
    if attrs.get("confidence") is not None:
        extra["weight"] = float(attrs["confidence"])
    return extra


def graphml_data(G: nx.MultiDiGraph) -> str:
    """The GraphML document of the memory graph ``G``, as text.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph (nodes keyed by entity IRI, edges keyed by fact IRI).

    Returns
    -------
    str
        A UTF-8 GraphML document that ``networkx.parse_graphml``, Gephi and yEd read.
    """
    buffer = io.BytesIO()
    flat = flat_graph(G, _node_extra, _edge_extra)
    pretty = flat.number_of_edges() + flat.number_of_nodes() <= PRETTY_LIMIT
    nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=pretty)
    return buffer.getvalue().decode("utf-8")


def write_graphml(G: nx.MultiDiGraph, path_or_file: PathOrFile) -> None:
    """Write :func:`graphml_data` of ``G`` to a file name or an open file."""
    write_text(graphml_data(G), path_or_file)
