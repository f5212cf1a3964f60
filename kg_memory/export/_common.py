"""Helpers the exporters share: type colours, attribute flattening, JSON values, output handling.

The memory graph (see :mod:`kg_memory.export`) carries lists (``aliases``, ``sources``) and ``None``
values that XML formats cannot hold. :func:`flat_rows` turns them into scalars: lists and dicts become
JSON text, ``None`` values are left out (GraphML and GEXF both allow a missing value), and a key that
holds values of several types is written as text everywhere.

>>> flat_attrs({"aliases": ["Zhang San", "张三"], "valid_to": None, "confidence": 1})
{'aliases': '["Zhang San", "张三"]', 'confidence': 1}
>>> type_colour("Person"), type_colour("Literal")
('#4e79a7', '#8c8c8c')
"""

from __future__ import annotations

import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from types import MappingProxyType
from typing import IO, Any, Union, cast

import networkx as nx

__all__ = [
    "PathOrFile",
    "TYPE_COLOURS",
    "attribute_types",
    "flat_attrs",
    "flat_graph",
    "flat_rows",
    "json_attrs",
    "json_value",
    "type_colour",
    "write_text",
]

logger = logging.getLogger(__name__)

#: Where an exporter writes: a file name or an open file (text or binary).
PathOrFile = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]

#: The colour of each entity class (Tableau 10), shared by every format.
TYPE_COLOURS: Mapping[str, str] = MappingProxyType({
    "Person": "#4e79a7",
    "Place": "#59a14f",
    "Organization": "#f28e2b",
    "Animal": "#b07aa1",
    "Event": "#e15759",
    "Thing": "#9c755f",
    "Literal": "#8c8c8c",
})
_EXTRA_COLOURS = ("#76b7b2", "#edc948", "#ff9da7", "#17becf", "#bcbd22", "#7f7f7f")
_SCALARS = (str, bool, int, float)


def type_colour(type_: str | None) -> str:
    """The colour (``#rrggbb``) of an entity class; unknown classes get a stable extra colour."""
    if type_ in TYPE_COLOURS:
        return TYPE_COLOURS[type_]  # type: ignore[index]
    name = type_ or "Thing"
    return _EXTRA_COLOURS[sum(name.encode()) % len(_EXTRA_COLOURS)]


def json_value(value: Any) -> Any:
    """``value`` as JSON-ready data: dates in ISO 8601, tuples and sets as lists, others as text."""
    if value is None or isinstance(value, _SCALARS):
        return value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [json_value(v) for v in items]
    return str(value)


def json_attrs(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of an attribute dict whose values :func:`json.dumps` accepts."""
    return {
        key: value if value is None or type(value) in _SCALARS else json_value(value)
        for key, value in attrs.items()
    }


def _flat_value(value: Any) -> str | int | float | bool:
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (Mapping, list, tuple, set, frozenset)):
        return json.dumps(value, ensure_ascii=False, default=json_value)
    return str(value)


def flat_attrs(attrs: Mapping[str, Any]) -> dict[str, str | int | float | bool]:
    """Scalar attributes for XML formats: ``None`` dropped, lists and dicts as JSON text."""
    return {
        key: value if type(value) in _SCALARS else _flat_value(value)
        for key, value in attrs.items() if value is not None
    }


def _unify_types(rows: Iterable[dict[str, Any]]) -> None:
    """Write as text every key whose values have several types (``int`` with ``float`` is ``float``)."""
    rows = list(rows)
    kinds: dict[str, set[type]] = {}
    for row in rows:
        for key, value in row.items():
            kinds.setdefault(key, set()).add(type(value))
    for key, seen in kinds.items():
        if len(seen) < 2:
            continue
        target: type = float if seen <= {int, float} else str
        logger.debug("attribute %r has types %s: written as %s", key, seen, target.__name__)
        for row in rows:
            if key in row:
                value = row[key]
                row[key] = float(value) if target is float else (
                    str(value).lower() if isinstance(value, bool) else str(value))


NodeRow = tuple[Any, dict[str, Any]]
EdgeRow = tuple[Any, Any, Any, dict[str, Any]]


def flat_rows(
    G: nx.MultiDiGraph,
    node_extra: Callable[[Any, dict[str, Any]], dict[str, Any]] | None = None,
    edge_extra: Callable[[Any, Any, Any, dict[str, Any]], dict[str, Any]] | None = None,
) -> tuple[list[NodeRow], list[EdgeRow]]:
    """The nodes and edges of ``G`` with scalar attributes only (see :func:`flat_attrs`).

    ``node_extra(node, attrs)`` and ``edge_extra(u, v, key, attrs)``, when given, return more
    attributes to set on each flattened node or edge (a label, a colour...). Every key holds values
    of one type across the nodes (and across the edges).
    """
    node_rows = []
    for node, attrs in G.nodes(data=True):
        row = flat_attrs(attrs)
        if node_extra is not None:
            row.update(node_extra(node, attrs))
        node_rows.append((node, row))
    edge_rows = []
    for u, v, key, attrs in G.edges(keys=True, data=True):
        row = flat_attrs(attrs)
        if edge_extra is not None:
            row.update(edge_extra(u, v, key, attrs))
        edge_rows.append((u, v, key, row))
    _unify_types(row for _, row in node_rows)
    _unify_types(row for *_, row in edge_rows)
    return node_rows, edge_rows


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` that networkx's GraphML and GEXF writers accept (see :func:`flat_rows`)."""
    flat: nx.MultiDiGraph = nx.MultiDiGraph()
    flat.graph.update(flat_attrs(G.graph))
    node_rows, edge_rows = flat_rows(G)
    flat.add_nodes_from(node_rows)
    for u, v, key, row in edge_rows:
        flat.add_edge(u, v, key=key, **row)
    return flat


def attribute_types(rows: Iterable[dict[str, Any]]) -> dict[str, type]:
    """The type of each key of ``rows`` (made uniform by :func:`flat_rows`), in first-seen order."""
    types: dict[str, type] = {}
    for row in rows:
        for key, value in row.items():
            if key not in types:
                types[key] = type(value)
    return types


def write_text(text: str, path_or_file: PathOrFile, encoding: str = "utf-8") -> None:
    """Write ``text`` to a file name, a text file or a binary file (encoded as ``encoding``)."""
    if isinstance(path_or_file, (str, os.PathLike)):
        with open(path_or_file, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
    elif isinstance(path_or_file, io.TextIOBase) or "b" not in getattr(path_or_file, "mode", "b"):
        cast(IO[str], path_or_file).write(text)
    else:
        cast(IO[bytes], path_or_file).write(text.encode(encoding))
