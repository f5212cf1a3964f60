"""Cut a part of the memory graph to export: the neighbourhood of one entity.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
>>> sorted(neighbourhood(G, "a", 1)), sorted(neighbourhood(G, "a", 2))
(['a', 'b'], ['a', 'b', 'c'])
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg_memory.errors import InputError

__all__ = ["neighbourhood"]


def neighbourhood(G: nx.MultiDiGraph, node: Any, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph induced by the nodes within ``depth`` hops of ``node``, edge direction ignored.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph.
    node : str
        The key (entity IRI) of the centre node.
    depth : int
        How many hops to follow; 0 gives the node alone.

    Returns
    -------
    networkx.MultiDiGraph
        An independent copy holding every edge of ``G`` between the nodes reached, with the
        attributes of ``G`` (its ``graph`` attributes included).

    Raises
    ------
    InputError
        If ``node`` is not in ``G`` or ``depth`` is negative.
    """
    if node not in G:
        raise InputError(f"no entity {node!r} in the graph")
    if depth < 0:
        raise InputError(f"depth must be 0 or more, not {depth}")
    seen = {node}
    frontier = [node]
    for _ in range(depth):
        reached: list[Any] = []
        for current in frontier:
            neighbours = G.adj[current].keys() | (G.pred[current].keys() if G.is_directed() else set())
            reached.extend(n for n in neighbours if n not in seen)
            seen.update(neighbours)
        if not reached:
            break
        frontier = reached
    return G.subgraph(seen).copy()
