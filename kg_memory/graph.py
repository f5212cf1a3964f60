"""The memory as a networkx graph, the common input of the exporters and the notebook view.

Nodes are keyed by entity IRI with ``label``, ``type``, ``iri`` and ``aliases``; literal values become
nodes of type ``Literal``. Edges are keyed by fact IRI with ``predicate``, ``predicate_iri``,
``confidence``, ``valid_from``, ``valid_to`` (ISO 8601 or None), ``current`` and ``sources`` (dicts with
``conversation``, ``turn``, ``speaker``, ``time``, ``text``).

>>> from kg_memory.types import Entity, Fact
>>> a = Entity("Alice", "Person", "https://ex.org/alice")
>>> g = facts_to_graph([Fact(a, "age", 30)])
>>> sorted(d["type"] for _, d in g.nodes(data=True))
['Literal', 'Person']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import networkx as nx

from . import ids
from .results import shorten
from .types import Entity, Fact, Turn
from .vocab import KGM

__all__ = ["facts_to_graph"]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def facts_to_graph(facts: Iterable[Fact], turns: Iterable[Turn] = ()) -> nx.MultiDiGraph:
    """Build the MultiDiGraph of ``facts``; ``turns`` supply the text of the facts' sources."""
    texts = {(t.conversation, str(t.turn)): t.text for t in turns}
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    for fact in facts:
        s = _node(g, fact.subject)
        o = _node(g, fact.object)
        pred_iri = fact.predicate if ids.is_iri(fact.predicate) else KGM + fact.predicate
        key = fact.iri or ids.fact_iri(s, pred_iri, o, _iso(fact.valid_from))
        g.add_edge(
            s, o, key=key,
            predicate=shorten(fact.predicate) if ids.is_iri(fact.predicate) else fact.predicate,
            predicate_iri=pred_iri,
            confidence=fact.confidence,
            valid_from=_iso(fact.valid_from),
            valid_to=_iso(fact.valid_to),
            current=fact.valid_to is None,
            sources=[
                {"conversation": p.conversation, "turn": p.turn, "speaker": p.speaker, "time": _iso(p.time),
                 "text": texts.get((p.conversation or "", str(p.turn)))}
                for p in fact.sources
            ],
        )
    return g


def _node(g: nx.MultiDiGraph, value: Any) -> str:
    if isinstance(value, Entity):
        key = value.iri or ids.entity_iri(value.label, value.type)
        if key not in g:
            g.add_node(key, label=value.label, type=value.type, iri=key, aliases=list(value.aliases))
        return key
    text = _iso(value) if hasattr(value, "isoformat") else str(value)
    key = "literal:" + hashlib.sha1(f"{type(value).__name__}:{text}".encode()).hexdigest()[:16]
    if key not in g:
        g.add_node(key, label=text, type="Literal", iri=key, aliases=[])
    return key
