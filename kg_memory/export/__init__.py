"""Export the memory graph for visualisation: GraphML, GEXF, DOT, Cytoscape.js, node-link, HTML.

Every exporter takes the ``networkx.MultiDiGraph`` the memory builds:

- node key: the entity IRI; attributes ``label``, ``type`` (``Person``, ``Place``... or ``Literal``
  for a literal value), ``iri`` and optionally ``aliases`` (a list);
- edge key: the fact IRI; attributes ``predicate``, ``predicate_iri``, ``confidence``,
  ``valid_from``/``valid_to`` (ISO 8601 or ``None``), ``current`` and ``sources`` (dicts with
  ``conversation``, ``turn``, ``speaker``, ``time``, ``text``).

Each format comes as a pure ``*_data(G)`` (a dict or a str) and ``write_*(G, path_or_file)``;
:func:`write_graph` picks the writer by name or file extension.

Examples
--------
>>> import io
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("ex:alice", "ex:paris", key="ex:f1", predicate="livesIn")
>>> out = io.StringIO()
>>> write_graph(G, out, "dot")
>>> out.getvalue().startswith('digraph "kg-memory"')
True
>>> sorted(FORMATS)
['cytoscape', 'dot', 'gexf', 'graphml', 'html', 'nodelink']
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import networkx as nx

from kg_memory.errors import InputError
from kg_memory.export._common import PathOrFile
from kg_memory.export.cytoscape import cytoscape_data, write_cytoscape
from kg_memory.export.dot import dot_data, write_dot
from kg_memory.export.gexf import gexf_data, write_gexf
from kg_memory.export.graphml import graphml_data, write_graphml
from kg_memory.export.html import html_data, write_html
from kg_memory.export.nodelink import nodelink_data, write_nodelink
from kg_memory.export.subgraph import neighbourhood
from kg_memory.export.view import GraphView

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "GraphView",
    "PathOrFile",
    "cytoscape_data",
    "dot_data",
    "format_for_path",
    "gexf_data",
    "graphml_data",
    "html_data",
    "neighbourhood",
    "nodelink_data",
    "write_cytoscape",
    "write_dot",
    "write_gexf",
    "write_graph",
    "write_graphml",
    "write_html",
    "write_nodelink",
]

#: The writer of each format name.
FORMATS: Mapping[str, Callable[..., None]] = MappingProxyType({
    "graphml": write_graphml,
    "gexf": write_gexf,
    "dot": write_dot,
    "cytoscape": write_cytoscape,
    "nodelink": write_nodelink,
    "html": write_html,
})

#: The format of each file extension :func:`format_for_path` knows.
EXTENSIONS: Mapping[str, str] = MappingProxyType({
    ".graphml": "graphml", ".gexf": "gexf", ".dot": "dot", ".gv": "dot", ".cyjs": "cytoscape",
    ".json": "nodelink", ".html": "html", ".htm": "html",
})


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The export format that the extension of ``path`` names.

    >>> format_for_path("memory.gexf"), format_for_path("graph.cyjs")
    ('gexf', 'cytoscape')

    Raises
    ------
    InputError
        If the extension is not one of :data:`EXTENSIONS`.
    """
    extension = os.path.splitext(os.fspath(path))[1].lower()
    if extension not in EXTENSIONS:
        raise InputError(f"cannot tell the export format of {os.fspath(path)!r}; "
                         f"use one of {', '.join(EXTENSIONS)} or name the format")
    return EXTENSIONS[extension]


def write_graph(G: nx.MultiDiGraph, path_or_file: PathOrFile, format: str | None = None,
                **options: Any) -> None:
    """Write ``G`` in ``format`` (a name of :data:`FORMATS`) to a file name or an open file.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph.
    path_or_file : str, os.PathLike or file
        Where to write; a file may be opened in text or binary mode.
    format : str, optional
        A key of :data:`FORMATS`; by default the extension of ``path_or_file`` decides.
    **options
        Passed on to the writer (``max_nodes=``, ``title=`` for ``html``...).

    Raises
    ------
    InputError
        If the format is unknown, or not given and the path does not name one.
    """
    if format is None:
        if not isinstance(path_or_file, (str, os.PathLike)):
            raise InputError("name the export format when writing to an open file")
        format = format_for_path(path_or_file)
    writer = FORMATS.get(format.lower())
    if writer is None:
        raise InputError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    writer(G, path_or_file, **options)
