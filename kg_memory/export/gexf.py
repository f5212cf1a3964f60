"""GEXF 1.2 export, Gephi's own format.

Nodes carry their colour (``viz:color``, by entity class) and label; edges carry the predicate as
label, the confidence as weight and the fact IRI as id. Lists become JSON text and ``None`` values
are left out, as in :mod:`kg_memory.export.graphml`.

Examples
--------
>>> import io
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("ex:alice", label="Alice", type="Person", iri="ex:alice")
>>> G.add_node("ex:paris", label="Paris", type="Place", iri="ex:paris")
>>> _ = G.add_edge("ex:alice", "ex:paris", key="ex:f1", predicate="livesIn", confidence=0.9)
>>> H = nx.read_gexf(io.BytesIO(gexf_data(G).encode()))
>>> H.nodes["ex:alice"]["label"], list(H.edges(data="label"))
('Alice', [('ex:alice', 'ex:paris', 'livesIn')])
"""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from kg_memory.export._common import PRETTY_LIMIT, PathOrFile, flat_graph, type_colour, write_text

__all__ = ["gexf_data", "write_gexf"]


def _rgb(colour: str) -> dict[str, float]:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return {"r": red, "g": green, "b": blue, "a": 1.0}


def _node_extra(node: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    return {"label": str(attrs.get("label", node))}


def _edge_extra(u: Any, v: Any, key: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {"id": str(key), "label": str(attrs.get("predicate", "")),
                             "source_count": len(attrs.get("sources") or ())}
    if attrs.get("confidence") is not None:
        extra["weight"] = float(attrs["confidence"])
    return extra


def gexf_data(G: nx.MultiDiGraph) -> str:
    """The GEXF 1.2 document of the memory graph ``G``, as text.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph (nodes keyed by entity IRI, edges keyed by fact IRI).

    Returns
    -------
    str
        A UTF-8 GEXF document that ``networkx.read_gexf`` and Gephi read.
    """
    flat = flat_graph(G, _node_extra, _edge_extra)
    for node, attrs in G.nodes(data=True):  # after flattening: GEXFWriter reads this dict
        flat.nodes[node]["viz"] = {"color": _rgb(type_colour(attrs.get("type"))), "size": 10.0}
    buffer = io.BytesIO()
    pretty = flat.number_of_edges() + flat.number_of_nodes() <= PRETTY_LIMIT
    nx.write_gexf(flat, buffer, encoding="utf-8", prettyprint=pretty)
    return buffer.getvalue().decode("utf-8")


def write_gexf(G: nx.MultiDiGraph, path_or_file: PathOrFile) -> None:
    """Write :func:`gexf_data` of ``G`` to a file name or an open file."""
    write_text(gexf_data(G), path_or_file)
