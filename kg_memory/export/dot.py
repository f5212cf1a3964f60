"""Graphviz DOT export: nodes filled by entity class, edges labelled by predicate.

Literal values are drawn as grey boxes; facts that no longer hold (``current`` false or a
``valid_to``) are dashed and grey, with their end date in the label. Names in any script are written
as UTF-8; quotes, backslashes and line breaks are escaped, so ``dot -Tsvg`` draws one SVG group per
node and per fact.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("ex:a", label='Bob "the Builder"', type="Person")
>>> G.add_node("ex:b", label="北京", type="Place")
>>> _ = G.add_edge("ex:a", "ex:b", key="ex:f1", predicate="livesIn", current=True)
>>> print(dot_data(G).splitlines()[5])
  "ex:a" [label="Bob \\"the Builder\\"", fillcolor="#4e79a7", tooltip="Person\\nex:a"];
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from kg_memory.export._common import PathOrFile, type_colour, write_text

__all__ = ["dot_data", "quote_dot", "write_dot"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_FONT = "Noto Sans, Noto Sans CJK SC, Helvetica, Arial, sans-serif"


def quote_dot(text: Any) -> str:
    """``text`` as a double-quoted DOT string, safe as an id or a label.

    >>> print(quote_dot('a "b" \\\\ c\\nd'))
    "a \\"b\\" \\\\ c\\nd"
    """
    value = _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{value}"'


def _is_history(attrs: dict[str, Any]) -> bool:
    return attrs.get("current") is False or bool(attrs.get("valid_to"))


def _node_line(node: Any, attrs: dict[str, Any]) -> str:
    type_ = attrs.get("type") or "Thing"
    parts = [
        f"label={quote_dot(attrs.get('label', node))}",
        f'fillcolor="{type_colour(type_)}"',
    ]
    if type_ == "Literal":
        parts.append('shape=box, style="rounded,filled", fontcolor="#ffffff"')
    tooltip = f"{type_}\n{attrs.get('iri', node)}"
    parts.append(f"tooltip={quote_dot(tooltip)}")
    return f"  {quote_dot(node)} [{', '.join(parts)}];"


def _edge_line(u: Any, v: Any, attrs: dict[str, Any]) -> str:
    label = str(attrs.get("predicate", ""))
    parts = []
    if _is_history(attrs):
        if attrs.get("valid_to"):
            label += f"\n(until {str(attrs['valid_to'])[:10]})"
        parts.append('style=dashed, color="#9a9a9a", fontcolor="#7a7a7a"')
    parts.insert(0, f"label={quote_dot(label)}")
    if attrs.get("confidence") is not None:
        tooltip = f"confidence {float(attrs['confidence']):.2f}"
        parts.append(f"tooltip={quote_dot(tooltip)}")
    return f"  {quote_dot(u)} -> {quote_dot(v)} [{', '.join(parts)}];"


def dot_data(G: nx.MultiDiGraph, *, name: str = "kg-memory", rankdir: str = "LR") -> str:
    """The DOT (Graphviz) text of the memory graph ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The memory graph (nodes keyed by entity IRI, edges keyed by fact IRI).
    name : str
        The graph's name.
    rankdir : str
        Graphviz layout direction: ``"LR"`` (left to right) or ``"TB"`` (top to bottom).

    Returns
    -------
    str
        A ``digraph`` that ``dot -Tsvg`` renders.
    """
    lines = [
        f"digraph {quote_dot(name)} {{",
        f'  graph [rankdir={quote_dot(rankdir)}, charset="UTF-8", fontname="{_FONT}", '
        'overlap=false, splines=true, bgcolor="#ffffff"];',
        f'  node [shape=ellipse, style=filled, color="#ffffff", fontcolor="#ffffff", '
        f'fontname="{_FONT}", fontsize=12];',
        f'  edge [color="#555555", fontcolor="#333333", fontname="{_FONT}", fontsize=10, '
        'arrowsize=0.7];',
        "",
    ]
    lines.extend(_node_line(node, attrs) for node, attrs in G.nodes(data=True))
    lines.append("")
    lines.extend(_edge_line(u, v, attrs) for u, v, attrs in G.edges(data=True))
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_dot(G: nx.MultiDiGraph, path_or_file: PathOrFile, **options: Any) -> None:
    """Write :func:`dot_data` of ``G`` (``options`` passed on) to a file name or an open file."""
    write_text(dot_data(G, **options), path_or_file)
