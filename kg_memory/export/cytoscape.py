"""Cytoscape.js JSON export (``elements: {nodes, edges}``), also read by Cytoscape desktop.

The layout follows :func:`networkx.cytoscape_data`, so :func:`networkx.cytoscape_graph` reads it
back: each node's ``data`` holds ``id``, ``value`` (the node key) and ``name`` (here the label), each
edge's ``data`` holds ``source``, ``target`` and ``key``. It adds what Cytoscape.js wants: an ``id`` for
each edge (the fact IRI), a ``label`` for edges (the predicate) and a ``color`` for nodes.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("ex:alice", label="Alice", type="Person")
>>> G.add_node("ex:paris", label="Paris", type="Place")
>>> _ = G.add_edge("ex:alice", "ex:paris", key="ex:f1", predicate="livesIn")
>>> data = cytoscape_data(G)
>>> data["elements"]["edges"][0]["data"]["label"]
'livesIn'
>>> sorted(nx.cytoscape_graph(data).nodes)
['ex:alice', 'ex:paris']
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from kg_memory.export._common import PathOrFile, json_attrs, json_value, type_colour, write_text

__all__ = ["cytoscape_data", "cytoscape_elements", "write_cytoscape"]


def cytoscape_elements(G: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """The ``{"nodes": [...], "edges": [...]}`` element lists of ``G`` for Cytoscape.js."""
    nodes = []
    for node, attrs in G.nodes(data=True):
        data = json_attrs(attrs)
        data.update(id=str(node), value=json_value(node), name=str(attrs.get("label", node)),
                    label=str(attrs.get("label", node)), color=type_colour(attrs.get("type")))
        nodes.append({"data": data})
    edges = []
    for u, v, key, attrs in G.edges(keys=True, data=True):
        data = json_attrs(attrs)
        data.update(id=str(key), source=str(u), target=str(v), key=json_value(key),
                    label=str(attrs.get("predicate", "")))
        edges.append({"data": data})
    return {"nodes": nodes, "edges": edges}


def cytoscape_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The Cytoscape.js JSON document of ``G`` (a dict ready for :func:`json.dumps`).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph (nodes keyed by entity IRI, edges keyed by fact IRI).

    Returns
    -------
    dict
        ``{"data", "directed", "multigraph", "elements": {"nodes", "edges"}}``.
    """
    return {
        "data": json_attrs(G.graph),
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "elements": cytoscape_elements(G),
    }


def write_cytoscape(G: nx.MultiDiGraph, path_or_file: PathOrFile, *, indent: int | None = None) -> None:
    """Write :func:`cytoscape_data` of ``G`` as UTF-8 JSON to a file name or an open file."""
    write_text(json.dumps(cytoscape_data(G), ensure_ascii=False, indent=indent), path_or_file)
