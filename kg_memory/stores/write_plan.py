"""The rules for writing facts, once for every backend: pure, no I/O.

A backend reads the stored facts a batch touches (see :func:`touched`), hands them to a
:class:`WritePlan` as :class:`PlannedFact` records, adds the batch's facts in order, then applies the
plan: it writes the records that :attr:`PlannedFact.changed` and deletes :attr:`WritePlan.deleted`.

The rules, applied in order:

identity
    a current fact is its (subject, predicate, object), IRI :func:`kg_memory.ids.fact_iri`; a closed
    one adds when it began to hold (its ``valid_from``, else when it stopped).
keep-max confidence
    a fact equal to a stored one keeps the higher confidence.
observation merge
    its sources (turn IRIs) are added to the stored fact's observations, without repeats.
closing a functional value
    a current fact of a functional predicate closes the current facts with the same subject and
    predicate but another object: their ``valid_to`` becomes the new fact's start (``valid_from``, or
    its source's time, or now).
history
    a closed fact keeps its record under its history IRI; a fact closed onto a history IRI that is
    stored already merges its observations into it.

>>> from kg_memory.types import Entity, Fact
>>> alice = Entity("Alice", "Person", "https://w3id.org/kg-memory/id/person.alice")
>>> plan = WritePlan([], functional={"https://w3id.org/kg-memory/ns#age"})
>>> _ = plan.add(Fact(alice, "age", 30), "https://w3id.org/kg-memory/ns#age", '"30"')
>>> _ = plan.add(Fact(alice, "age", 31), "https://w3id.org/kg-memory/ns#age", '"31"')
>>> [(f.object, f.valid_to is None) for f in plan.facts]
[('"30"', False), ('"31"', True)]
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from .. import ids
from ..types import Fact

__all__ = ["PlannedFact", "Touched", "WritePlan", "fact_start", "touched"]


@dataclass(eq=False)
class PlannedFact:
    """A fact as a batch will leave it.

    ``object`` is the backend's term for the object; ``str(object)`` must be its N-Triples form (as in
    fact IRIs). ``handle`` is the backend's reference to the stored fact (``None`` for a new one).
    """

    subject: str
    predicate: str
    object: Hashable
    iri: str
    confidence: float | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    occurred_at: date | datetime | None = None
    observations: list[str] = field(default_factory=list)
    handle: Any = None
    changed: bool = False

    @property
    def current(self) -> bool:
        return self.valid_to is None

    def observe(self, turns: Iterable[str]) -> None:
        for t in turns:
            if t not in self.observations:
                self.observations.append(t)
                self.changed = True

    def keep_max(self, confidence: float) -> None:
        if self.confidence is None or self.confidence < confidence:
            self.confidence = round(confidence, 4)
            self.changed = True


@dataclass
class Touched:
    """What a batch's rules read: every stored fact (current or closed) of each ``(subject,
    predicate)`` pair, and of each exact ``(subject, predicate, object)`` triple."""

    pairs: set[tuple[str, str]] = field(default_factory=set)
    triples: set[tuple[str, str, Hashable]] = field(default_factory=set)


def fact_start(fact: Fact) -> datetime | None:
    """When a fact began to hold: its ``valid_from``, else its source's time."""
    return fact.valid_from or (fact.source.time if fact.source else None)


def touched(items: Iterable[tuple[Fact, str, Hashable]], functional: Collection[str]) -> Touched:
    """The stored facts the batch ``(fact, predicate IRI, object term)`` items touch."""
    out = Touched()
    for fact, p, o in items:
        s = fact.subject.iri
        if s is None:
            continue
        if p in functional and fact.valid_to is None:
            out.pairs.add((s, p))
        out.triples.add((s, p, o))
    out.triples = {t for t in out.triples if (t[0], t[1]) not in out.pairs}
    return out


def _observations(fact: Fact) -> list[str]:
    return [ids.turn_iri(src.conversation, src.turn) for src in fact.sources
            if src.conversation is not None and src.turn is not None]


def _now() -> datetime:
    return datetime.now(UTC)


class WritePlan:
    """The writes of one batch, computed in order against the stored facts it touches.

    ``facts`` holds every record the batch touched, in its final state (write those that
    ``changed``); ``deleted`` the stored records that merged into another (delete them).
    """

    def __init__(self, stored: Iterable[PlannedFact], functional: Collection[str],
                 now: Callable[[], datetime] = _now) -> None:
        self.functional = functional
        self.now = now
        self.facts: list[PlannedFact] = []
        self.deleted: list[PlannedFact] = []
        self._current: dict[tuple[str, str, Hashable], PlannedFact] = {}
        self._by_pair: dict[tuple[str, str], dict[Hashable, PlannedFact]] = {}
        self._closed: dict[str, PlannedFact] = {}
        for record in stored:
            self.facts.append(record)
            if record.current:
                self._set_current(record)
            else:
                self._closed[record.iri] = record

    @property
    def written(self) -> list[PlannedFact]:
        """The records to write (new or changed)."""
        return [f for f in self.facts if f.changed]

    def _set_current(self, record: PlannedFact) -> None:
        self._current[(record.subject, record.predicate, record.object)] = record
        self._by_pair.setdefault((record.subject, record.predicate), {})[record.object] = record

    def _unset_current(self, record: PlannedFact) -> None:
        self._current.pop((record.subject, record.predicate, record.object), None)
        self._by_pair.get((record.subject, record.predicate), {}).pop(record.object, None)

    def add(self, fact: Fact, predicate: str, obj: Hashable) -> PlannedFact:
        """Apply the rules to one fact of the batch (``predicate`` as an IRI, ``obj`` as the backend's
        term); returns the record it created or changed."""
        s, p = fact.subject.iri, predicate
        if s is None:
            raise ValueError(f"entity {fact.subject.label!r} has no IRI: resolve it before storing")
        start = fact_start(fact)
        if fact.valid_to is not None:
            iri = ids.fact_iri(s, p, str(obj), (start or fact.valid_to).isoformat())
            record = self._closed.get(iri)
            if record is None:
                record = self._new(fact, s, p, obj, iri, start)
                self._closed[iri] = record
            else:
                record.keep_max(fact.confidence)
                record.valid_from = start or record.valid_from
                record.occurred_at = fact.occurred_at or record.occurred_at
                record.changed = True
            record.valid_to = fact.valid_to
            record.observe(_observations(fact))
            return record
        if p in self.functional:
            for other in list(self._by_pair.get((s, p), {}).values()):
                if other.object != obj:
                    self._close(other, start or self.now())
        record = self._current.get((s, p, obj))
        if record is not None:
            record.keep_max(fact.confidence)
            record.observe(_observations(fact))
            return record
        record = self._new(fact, s, p, obj, ids.fact_iri(s, p, str(obj)), start)
        self._set_current(record)
        return record

    def _new(self, fact: Fact, s: str, p: str, obj: Hashable, iri: str, start: datetime | None) -> PlannedFact:
        record = PlannedFact(s, p, obj, iri, round(fact.confidence, 4), start, None, fact.occurred_at,
                             _observations(fact), changed=True)
        self.facts.append(record)
        return record

    def _close(self, record: PlannedFact, when: datetime) -> None:
        """End a current fact's validity: it moves to its history IRI (merging with a stored one)."""
        self._unset_current(record)
        iri = ids.fact_iri(record.subject, record.predicate, str(record.object),
                           (record.valid_from or when).isoformat())
        other = self._closed.get(iri)
        if other is not None and other is not record:
            other.observe(record.observations)
            self.facts.remove(record)
            if record.handle is not None:
                self.deleted.append(record)
            return
        record.iri, record.valid_to, record.changed = iri, when, True
        self._closed[iri] = record
