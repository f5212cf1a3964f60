"""Counts of a graph in the RDF layout kept up to date by the writes, so that ``stats()`` reads no data.

Every count of ``RdfStore.stats`` is a sum over subjects of what each subject's triples contribute
(:func:`contribution`), so the change a write makes is found from the subjects it touches alone: their
stored triples before it, and after it (:func:`delta`). :class:`Counts` holds the counts of each graph
that are known, in the store's process, and writes them beside the database when the store closes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ._rdf_layout import CONVERSATION, ENTITY_META, LABEL, TURN, VALID_TO, A, is_internal

__all__ = ["KEYS", "Counts", "contribution", "delta", "graph_key", "scan"]

#: The counts, in this order.
KEYS = ("triples", "facts", "closed_facts", "entities", "turns", "conversations")


def contribution(subject: Any, triples: Iterable[tuple[Any, Any]]) -> list[int]:
    """What the ``(predicate, object)`` pairs of one subject add to each count of :data:`KEYS`."""
    internal = is_internal(subject)
    counts_facts = isinstance(subject, ox.NamedNode) and not internal
    triples_n = facts = closed = turns = conversations = 0
    labelled = False
    for p, o in triples:
        triples_n += 1
        if p in ENTITY_META:
            if p == LABEL:
                labelled = True
            elif p == A:
                turns += o == TURN
                conversations += o == CONVERSATION
        elif counts_facts:
            facts += 1
        if p == VALID_TO:
            closed += 1
    return [triples_n, facts, closed, int(labelled and not internal), turns, conversations]


def delta(db: Any, graph: Any, inserts: Iterable[tuple[Any, Any, Any]], deletes: Iterable[tuple[Any, Any, Any]],
          fresh: Collection[Any] = ()) -> list[int]:
    """The change to each count of :data:`KEYS` that adding ``inserts`` and removing ``deletes``
    (``(s, p, o)`` triples of ``graph``) makes, from the stored triples of the subjects they touch
    (none for the statement nodes in ``fresh``, which are not read)."""
    added: dict[Any, set[tuple[Any, Any]]] = {}
    removed: dict[Any, set[tuple[Any, Any]]] = {}
    for s, p, o in inserts:
        added.setdefault(s, set()).add((p, o))
    for s, p, o in deletes:
        removed.setdefault(s, set()).add((p, o))
    out = [0] * len(KEYS)
    for s in added.keys() | removed.keys():
        if s in fresh and s not in removed:  # a new statement node: only triples, maybe closed
            props = added[s]
            out[0] += len(props)
            out[2] += sum(1 for p, _ in props if p == VALID_TO)
            continue
        stored = {(q.predicate, q.object) for q in db.quads_for_pattern(s, None, None, graph)}
        gone = _as_stored(db, graph, s, removed.get(s, set()), stored)
        after = (stored - gone) | _as_stored(db, graph, s, added.get(s, set()), stored)
        if after == stored:
            continue
        for i, (x, y) in enumerate(zip(contribution(s, after), contribution(s, stored))):
            out[i] += x - y
    return out


def scan(db: Any, graph: Any) -> list[int]:
    """The counts of :data:`KEYS` of a graph, by reading each of its triples once."""
    triples = facts = closed = turns = conversations = 0
    labelled: set[Any] = set()
    for q in db.quads_for_pattern(None, None, None, graph):
        triples += 1
        s, p = q.subject, q.predicate
        if p in ENTITY_META:
            if p == LABEL:
                labelled.add(s)
            elif p == A:
                turns += q.object == TURN
                conversations += q.object == CONVERSATION
        elif isinstance(s, ox.NamedNode) and not is_internal(s):
            facts += 1
        if p == VALID_TO:
            closed += 1
    entities = sum(1 for s in labelled if not is_internal(s))
    return [triples, facts, closed, entities, turns, conversations]


def _as_stored(db: Any, graph: Any, s: Any, pairs: set[tuple[Any, Any]], stored: set[tuple[Any, Any]]) -> set[tuple[Any, Any]]:
    """``pairs`` with each literal written as the stored one of equal value: Oxigraph keeps typed
    literals in canonical form (``+00:00`` is read back as ``Z``)."""
    if not stored or all(pair in stored or not isinstance(pair[1], ox.Literal) for pair in pairs):
        return pairs
    out = set()
    for p, o in pairs:
        if (p, o) not in stored and isinstance(o, ox.Literal):
            found = next(iter(db.quads_for_pattern(s, p, o, graph)), None)
            if found is not None:
                o = found.object
        out.add((p, o))
    return out


def graph_key(graph: Any) -> str:
    """The key of a graph in :class:`Counts` (its IRI; empty for the default graph)."""
    return graph.value if isinstance(graph, ox.NamedNode) else ""


class Counts:
    """The known counts of each graph.

    ``complete`` means that a graph without counts is empty (a new database, or one whose counts were
    all saved); a write the counts cannot follow (a SPARQL update, a file load) makes them unknown
    until the next full count.
    """

    FILE = "stats.json"

    def __init__(self, complete: bool) -> None:
        self.complete = complete
        self.graphs: dict[str, list[int]] = {}
        self.unknown: set[str] = set()

    def get(self, key: str) -> list[int] | None:
        if key in self.graphs:
            return self.graphs[key]
        if self.complete and key not in self.unknown:
            return [0] * len(KEYS)
        return None

    def set(self, key: str, counts: list[int]) -> None:
        self.graphs[key] = list(counts)
        self.unknown.discard(key)

    def add(self, key: str, change: list[int]) -> None:
        known = self.get(key)
        if known is not None:
            self.set(key, [a + b for a, b in zip(known, change)])

    def forget(self, key: str | None = None) -> None:
        """The counts of a graph (every graph when ``key`` is None) are no longer known."""
        if key is None:
            self.graphs.clear()
            self.complete = False
            self.unknown.clear()
            return
        self.graphs.pop(key, None)
        self.unknown.add(key)

    @classmethod
    def take(cls, folder: Path, fresh: bool) -> Counts:
        """The counts saved in ``folder`` by :meth:`save` (the file is removed: counts on disk are
        trusted only after a clean close), complete for a ``fresh`` database, else none known."""
        path = folder / cls.FILE
        if fresh:
            path.unlink(missing_ok=True)
            return cls(True)
        try:
            data = json.loads(path.read_text())
            counts = cls(bool(data["complete"]))
            counts.graphs = {k: [int(x) for x in v] for k, v in data["graphs"].items()}
            counts.unknown = set(data["unknown"])
        except (OSError, ValueError, KeyError, TypeError):
            counts = cls(False)
        path.unlink(missing_ok=True)
        return counts

    def save(self, folder: Path) -> None:
        tmp = folder / (self.FILE + ".tmp")
        tmp.write_text(json.dumps({"complete": self.complete, "graphs": self.graphs, "unknown": sorted(self.unknown)}))
        os.replace(tmp, folder / self.FILE)
