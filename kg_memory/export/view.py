"""The interactive graph page (:mod:`kg_memory.export.html`) as an object Jupyter shows inline.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("ex:alice", "ex:paris", key="ex:f1", predicate="livesIn")
>>> view = GraphView.from_graph(G, title="Alice")
>>> view
GraphView(2 entities, 1 facts)
>>> view._repr_html_().startswith("<iframe srcdoc=")
True
"""

from __future__ import annotations

import html
import os
from typing import Any

import networkx as nx

from kg_memory.export.html import html_data

__all__ = ["GraphView"]


class GraphView:
    """The interactive graph page, shown inline by Jupyter (needs no IPython to build or save).

    The page goes into an ``<iframe srcdoc>``: it carries its scripts and data, so it works offline
    and in exported notebooks. ``html`` is the page itself; :meth:`save` writes it to a file.
    """

    def __init__(self, page: str, *, height: int = 600, nodes: int = 0, edges: int = 0) -> None:
        self.html = page
        self.height = height
        self.nodes = nodes
        self.edges = edges

    @classmethod
    def from_graph(cls, G: nx.MultiDiGraph, *, title: str = "kg-memory", height: int = 600,
                   **options: Any) -> GraphView:
        """The view of a memory graph; ``options`` go to :func:`kg_memory.export.html_data`
        (``max_nodes``, ``max_edges``, ``layout``)."""
        return cls(html_data(G, title=title, **options), height=height,
                   nodes=G.number_of_nodes(), edges=G.number_of_edges())

    def __repr__(self) -> str:
        return f"GraphView({self.nodes} entities, {self.edges} facts)"

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" title="kg-memory graph" '
                f'sandbox="allow-scripts allow-popups" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd"></iframe>')

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the page to ``path`` (an ``.html`` file that opens in any browser)."""
        with open(path, "w", encoding="utf-8") as out:
            out.write(self.html)
