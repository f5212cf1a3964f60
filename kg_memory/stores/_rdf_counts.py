"""Counts of a graph in the RDF layout kept up to date by the writes, so that ``stats()`` reads no data.

Every count of ``RdfStore.stats`` but ``entities`` is a sum over triples, and ``entities`` changes
only where a subject gains its first label or loses its last, so the change a write makes is found
from the triples it adds and removes alone, by point lookups (:func:`delta`). :class:`Counts` holds the counts of each graph
that are known, in the store's process, and writes them beside the database when the store closes.
"""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ._rdf_batch import UNKNOWN, TripleBatch, one_form
from ._rdf_layout import CONVERSATION, ENTITY_META, LABEL, TURN, VALID_TO, A, is_internal

__all__ = ["KEYS", "Counts", "FileCounts", "batch_delta", "delta", "graph_key", "scan", "written"]

#: The counts, in this order.
KEYS = ("triples", "facts", "closed_facts", "entities", "turns", "conversations")


def delta(db: Any, graph: Any, inserts: Iterable[tuple[Any, Any, Any]], deletes: Iterable[tuple[Any, Any, Any]],
          fresh: Collection[Any] = (), known: Callable[[Any, Any, Any], Any] | None = None) -> list[int]:
    """The change to each count of :data:`KEYS` that adding ``inserts`` and removing ``deletes``
    (``(s, p, o)`` triples of ``graph``) makes.

    Every count but ``entities`` is a sum over triples, so each inserted triple that is not stored
    yet adds its share and each deleted one that is stored removes it: one point lookup per triple
    (Oxigraph compares typed literals in canonical form), none for the triples of the statement
    nodes in ``fresh`` (new statements, new turns) that hold nothing yet, nor for those ``known(s, p, o)`` answers (the stored
    object, None, or :data:`~._rdf_batch.UNKNOWN`: a write batch's reads). ``entities`` changes where a subject gains its first
    label or loses its last one."""
    out = [0] * len(KEYS)
    internal: dict[Any, bool] = {}
    empty: dict[Any, bool] = {}  # fresh node -> holds nothing stored (checked once)
    labels: dict[Any, tuple[set[Any], set[Any]]] = {}  # subject -> (labels added, labels removed)
    contains = isinstance(db, ox.Store)  # a membership test reads no term back

    def stored(s: Any, p: Any, o: Any) -> Any:
        """The stored object equal to ``o`` (in canonical form), or None."""
        if known is not None:
            was = known(s, p, o)
            if was is not UNKNOWN:
                return was
        if contains and one_form(o):
            return o if ox.Quad(s, p, o, graph) in db else None
        q = next(iter(db.quads_for_pattern(s, p, o, graph)), None)
        return None if q is None else q.object

    def share(s: Any, p: Any, o: Any, sign: int) -> None:
        out[0] += sign
        if p in ENTITY_META:
            if p == A:
                if o == TURN:
                    out[4] += sign
                elif o == CONVERSATION:
                    out[5] += sign
        else:
            flag = internal.get(s)
            if flag is None:
                flag = internal[s] = not isinstance(s, ox.NamedNode) or is_internal(s)
            if not flag:
                out[1] += sign
            if p == VALID_TO:
                out[2] += sign

    deleted = deletes if isinstance(deletes, Collection) else list(deletes)
    kept: set[tuple[Any, Any, Any]] = set()  # stored triples the batch deletes and inserts again
    for s, p, o in inserts:
        if s in fresh:
            new = empty.get(s)
            if new is None:
                new = empty[s] = next(iter(db.quads_for_pattern(s, None, None, graph)), None) is None
            if new:
                share(s, p, o, 1)
                continue
        was = stored(s, p, o)
        if was is None:
            share(s, p, o, 1)
            if p == LABEL:
                labels.setdefault(s, (set(), set()))[0].add(o)
        elif (s, p, was) in deleted:  # deleted, then written again (a literal in another form)
            kept.add((s, p, was))
    for s, p, o in deleted:
        was = stored(s, p, o)
        if was is not None and (s, p, was) not in kept:
            share(s, p, o, -1)
            if p == LABEL:
                labels.setdefault(s, (set(), set()))[1].add(was)
    for s, (added, removed) in labels.items():
        if is_internal(s):
            continue
        before = {q.object for q in db.quads_for_pattern(s, LABEL, None, graph)}
        after = (before - removed) | added
        out[3] += bool(after) - bool(before)
    return out


def batch_delta(batch: TripleBatch) -> list[int]:
    """The change ``batch`` makes to the counts of its graph (one number per key of :data:`KEYS`): its
    inserts and deletes, and the statements it writes whole as text, counted by their lines. Valid when
    :func:`written` holds for the batch's written nodes."""
    change = delta(batch.db, batch.graph, batch.inserts, batch.deletes, batch.fresh, batch.stored_object)
    change[0] += batch.written_count
    change[1] += batch.written_facts
    change[2] += batch.written_closed
    change[4] += batch.written_turns
    return change


def written(db: Any, graph: Any, nodes: Iterable[Any], deletes: Collection[tuple[Any, Any, Any]]) -> bool:
    """Whether the new statement ``nodes`` that a batch writes whole (as text, counted by their
    lines) hold no stored triple that the batch keeps: a node holds none, or (a fact removed and added
    again) only triples the batch deletes, which :func:`delta` counts as removed. False: the counts
    cannot follow the batch."""
    for node in nodes:
        for q in db.quads_for_pattern(node, None, None, graph):
            if (node, q.predicate, q.object) not in deletes:
                return False
    return True


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


class FileCounts:
    """What a file load adds to the counts of each graph it writes, gathered quad by quad while the
    file is checked (before anything is loaded), so that no count after the load reads the data.

    A quad already stored adds nothing: one lookup per subject (a file lists a subject's triples
    together, mostly), and one membership test per quad of a subject the graph holds already (none
    for a graph known to be empty); a subject labelled for the first time adds an entity. Counts
    are kept only for graphs whose counts were known; a graph where a quad comes twice in the file
    (or two hashes clash) is left unknown, to be counted in full when next asked. ``target`` is the
    graph of a triple format (None: the quads name theirs)."""

    def __init__(self, db: Any, counts: Counts, target: Any | None) -> None:
        self.db, self.target = db, target
        self.before: dict[str, list[int] | None] = {}
        self.change: dict[str, list[int]] = {}
        self.hashes: dict[str, array[int]] = {}
        self.labelled: dict[str, set[Any]] = {}
        self._counts = counts
        self._subject: tuple[Any, str] | None = None  # the last subject seen, and whether the graph holds
        self._held = False  # any of its triples (a file lists a subject's triples together, mostly)

    def add(self, quad: Any) -> None:
        g = self.target if self.target is not None else quad.graph_name
        key = graph_key(g)
        if key not in self.before:
            self.before[key] = self._counts.get(key)
            self.change[key] = [0] * len(KEYS)
            self.hashes[key] = array("q")
            self.labelled[key] = set()
        before = self.before[key]
        if before is None:
            return
        s, p, o = quad.subject, quad.predicate, quad.object
        self.hashes[key].append(hash((s, p, o)))
        if self._subject != (s, key):
            self._subject = (s, key)
            self._held = bool(before[0]) and not isinstance(s, ox.BlankNode) and \
                next(iter(self.db.quads_for_pattern(s, None, None, g)), None) is not None
        if self._held and not isinstance(o, ox.BlankNode) and ox.Quad(s, p, o, g) in self.db:
            return
        out = self.change[key]
        out[0] += 1
        if p in ENTITY_META:
            if p == LABEL:
                labelled = self.labelled[key]
                if s not in labelled and not is_internal(s):
                    labelled.add(s)
                    if not self._held or next(iter(self.db.quads_for_pattern(s, LABEL, None, g)), None) is None:
                        out[3] += 1
            elif p == A:
                out[4] += o == TURN
                out[5] += o == CONVERSATION
        elif isinstance(s, ox.NamedNode) and not is_internal(s):
            out[1] += 1
        if p == VALID_TO:
            out[2] += 1

    def keys(self) -> list[str]:
        """The graphs the file writes."""
        return list(self.before)

    def apply(self) -> None:
        """Set the counts of each graph the file wrote (call once the load is done)."""
        import numpy as np

        for key, before in self.before.items():
            hashes = np.frombuffer(self.hashes[key], dtype=np.int64)
            if before is None or len(np.unique(hashes)) != len(hashes):
                self._counts.forget(key)
            else:
                self._counts.set(key, [a + b for a, b in zip(before, self.change[key])])
