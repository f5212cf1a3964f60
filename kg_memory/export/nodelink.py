"""Node-link JSON export, the shape D3's force layout reads (``nodes`` and ``links``).

It is :func:`networkx.node_link_data` with ``edges="links"`` and JSON-ready values, so
``networkx.node_link_graph(data, edges="links")`` rebuilds the graph. Each node has its key as
``id``; each link has ``source``, ``target`` (node ids) and ``key`` (the fact IRI).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("ex:alice", "ex:paris", key="ex:f1", predicate="livesIn")
>>> data = nodelink_data(G)
>>> data["links"][0]["source"], data["links"][0]["key"]
('ex:alice', 'ex:f1')
>>> nx.node_link_graph(data, edges="links").number_of_edges()
1
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from kg_memory.export._common import PathOrFile, json_attrs, json_value, write_text

__all__ = ["nodelink_data", "write_nodelink"]


def nodelink_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link document of ``G`` (a dict ready for :func:`json.dumps`).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph (nodes keyed by entity IRI, edges keyed by fact IRI).

    Returns
    -------
    dict
        ``{"directed", "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source",
        "target", "key", ...}]}``.
    """
    nodes = [{**json_attrs(attrs), "id": json_value(node)} for node, attrs in G.nodes(data=True)]
    if G.is_multigraph():
        links = [
            {**json_attrs(attrs), "source": json_value(u), "target": json_value(v),
             "key": json_value(key)}
            for u, v, key, attrs in G.edges(keys=True, data=True)
        ]
    else:
        links = [{**json_attrs(attrs), "source": json_value(u), "target": json_value(v)}
                 for u, v, attrs in G.edges(data=True)]
    return {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": json_attrs(G.graph),
        "nodes": nodes,
        "links": links,
    }


def write_nodelink(G: nx.MultiDiGraph, path_or_file: PathOrFile, *, indent: int | None = None) -> None:
    """Write :func:`nodelink_data` of ``G`` as UTF-8 JSON to a file name or an open file."""
    write_text(json.dumps(nodelink_data(G), ensure_ascii=False, indent=indent), path_or_file)
