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
    its sources (turn IRIs) are added to the stored fact's observations, without repeats; a start it
    states (``valid_from``: "I've lived in Oslo since 2015") that is earlier than the stored one replaces it.
closing a functional value
    a current fact of a functional predicate closes the current facts with the same subject and
    predicate but another object: their ``valid_to`` becomes the new fact's start (``valid_from``, or
    its source's time, or the batch's clock), which also becomes the new fact's ``valid_from``; a value
    is never closed before it began (a move dated "last month", told after "I live in Paris" was said
    this month, closes Paris when Paris began). A value *said* before the current one began (an older
    statement ingested late) does not close it: it goes to history, closed when the current one began.
opposite preferences
    ``likes`` and ``dislikes`` (and ``positiveImpression``/``negativeImpression``) of the same object
    close each other the same way (:data:`OPPOSITES`).
endings
    a fact marked :attr:`~kg_memory.types.Fact.ended` ("I divorced Bob") closes the current fact with
    its subject, predicate and object (every current value of the predicate when its object is its
    subject: "I quit my job") at its ``valid_to`` ("I quit my job last week"; never before the fact
    began), else its source's time, else the batch's clock; the ending's turn joins the closed fact's
    observations. An ending that matches nothing current is stored as a closed fact (Alice worked for
    Airbus until then), unless the batch closed that fact already (it joins its observations); one said
    before the current fact began leaves it alone. An ending that does not say
    when, of a functional predicate, ends no later than the start of the current value ("I used to live in
    Chicago, but we moved to Denver in 2019": Chicago until 2019).
the batch's clock
    a fact from a turn without a time is dated by the batch's clock: ``now()`` when the batch reads
    the turn's first fact, and strictly later than every earlier turn of the batch, so an untimed
    transcript closes its facts in turn order (``Memory.remember`` applies a batch in turn order) and
    the facts of one turn share one time.
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

import dataclasses
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .. import ids
from ..types import Fact
from ..vocab import KGM

__all__ = ["OPPOSITES", "PlannedFact", "Touched", "WritePlan", "fact_start", "replace_fields", "stored_facts", "touched"]

#: Predicates whose current facts with the same subject and object close each other.
OPPOSITES: dict[str, str] = {
    KGM + a: KGM + b for x, y in (("likes", "dislikes"), ("positiveImpression", "negativeImpression"))
    for a, b in ((x, y), (y, x))
}


@dataclass(eq=False, slots=True)
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
        if (fact.valid_to is None or fact.ended) and (p in functional or (fact.ended and _every_value(s, o))):
            out.pairs.add((s, p))
        out.triples.add((s, p, o))
        if p in OPPOSITES and not fact.ended:
            out.triples.add((s, OPPOSITES[p], o))
    out.triples = {t for t in out.triples if (t[0], t[1]) not in out.pairs}
    return out


def _observations(fact: Fact) -> list[str]:
    return [ids.turn_iri(src.conversation, src.turn) for src in fact.sources
            if src.conversation is not None and src.turn is not None]


def _now() -> datetime:
    return datetime.now(UTC)


def _every_value(subject: str, obj: Hashable) -> bool:
    """Whether an ending's object term is its subject: it ends every value (see ``Fact.ended``)."""
    return str(obj) == f"<{subject}>"


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
        self._ticks: dict[tuple[str | None, str | None], datetime] = {}
        self._undated: set[str] = set()  # closed by an ending that did not say when
        self._closed_now: dict[tuple[str, str, Hashable], PlannedFact] = {}  # closed by this batch, by (s, p, o)
        self._last_tick: datetime | None = None
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

    def add(self, fact: Fact, predicate: str, obj: Hashable) -> PlannedFact | None:
        """Apply the rules to one fact of the batch (``predicate`` as an IRI, ``obj`` as the backend's
        term); returns the record it created or changed (``None`` for an ending that changed nothing)."""
        s, p = fact.subject.iri, predicate
        if s is None:
            raise ValueError(f"entity {fact.subject.label!r} has no IRI: resolve it before storing")
        if fact.ended:
            return self._end(fact, s, p, obj)
        start = fact_start(fact)
        if fact.valid_to is not None:
            return self._add_closed(fact, s, p, obj, start, fact.valid_to)
        rivals = self._rivals(s, p, obj)
        if rivals:
            when = start or self._tick(fact)
            said = (fact.source.time if fact.source else None) or when
            later = [r.valid_from for r in rivals if r.valid_from is not None and r.valid_from > said]
            if later:  # an older value, ingested late: it ended when the current one began
                return self._add_closed(fact, s, p, obj, start, min(later))
            for other in rivals:  # never before the value began ("moved last month" after "I live in X")
                self._close(other, max(when, other.valid_from) if other.valid_from is not None else when)
            start = when
        if fact.valid_from is not None and p in self.functional:
            self._ended_by(s, p, fact.valid_from)
        record = self._current.get((s, p, obj))
        if record is not None:
            record.keep_max(fact.confidence)
            record.observe(_observations(fact))
            if fact.valid_from is not None and (record.valid_from is None or fact.valid_from < record.valid_from):
                record.valid_from, record.changed = fact.valid_from, True  # "I've lived in Oslo since 2015"
            return record
        record = self._new(fact, s, p, obj, ids.fact_iri(s, p, str(obj)), start)
        self._set_current(record)
        return record

    def _ended_by(self, s: str, p: str, start: datetime) -> None:
        """A value of ``(s, p)`` that this batch learned had ended, without when ("I used to live in Chicago"),
        ended by the time a value said to have begun at ``start`` did ("we moved to Denver in 2019")."""
        for iri in self._undated:
            record = self._closed.get(iri)
            if (record is not None and (record.subject, record.predicate) == (s, p) and record.valid_to is not None
                    and record.valid_to > start and (record.valid_from is None or record.valid_from <= start)):
                record.valid_to, record.changed = start, True

    def _rivals(self, s: str, p: str, obj: Hashable) -> list[PlannedFact]:
        """The current facts a new current ``(s, p, obj)`` closes: other values of a functional
        predicate, and the opposite preference."""
        out = []
        if p in self.functional:
            out = [other for other in self._by_pair.get((s, p), {}).values() if other.object != obj]
        opposite = self._current.get((s, OPPOSITES[p], obj)) if p in OPPOSITES else None
        return out + [opposite] if opposite is not None else out

    def _add_closed(self, fact: Fact, s: str, p: str, obj: Hashable, start: datetime | None,
                    end: datetime) -> PlannedFact:
        """Record a fact that held from ``start`` until ``end``: new, or merged into its stored history."""
        iri = ids.fact_iri(s, p, str(obj), (start or end).isoformat())
        record = self._closed.get(iri)
        if record is None:
            record = self._new(fact, s, p, obj, iri, start)
            self._closed[iri] = record
        else:
            record.keep_max(fact.confidence)
            record.valid_from = start or record.valid_from
            record.occurred_at = fact.occurred_at or record.occurred_at
            record.changed = True
        record.valid_to = end
        record.observe(_observations(fact))
        return record

    def _end(self, fact: Fact, s: str, p: str, obj: Hashable) -> PlannedFact | None:
        """An ending: close the matching current facts (see the module docstring)."""
        said = (fact.source.time if fact.source else None)
        when = fact.valid_to or said or self._tick(fact)
        every = _every_value(s, obj)
        if every:
            targets = list(self._by_pair.get((s, p), {}).values())
        else:
            current = self._current.get((s, p, obj))
            targets = [current] if current is not None else []
        targets = [r for r in targets if r.valid_from is None or r.valid_from <= (said or when)]
        last = None
        for record in targets:
            last = self._close(record, max(when, record.valid_from) if record.valid_from is not None else when)
            last.observe(_observations(fact))
        if last is None and not every and self._current.get((s, p, obj)) is None:
            closed = self._closed_now.get((s, p, obj))
            if closed is not None:  # "we moved from Seattle to Austin": Austin closed Seattle a moment ago
                closed.observe(_observations(fact))
                return closed
            if fact.valid_to is None and p in self.functional:  # "I used to live in Chicago; we moved to Denver in 2019"
                when = min([when, *(r.valid_from for r in self._by_pair.get((s, p), {}).values()
                                    if r.valid_from is not None)])
            record = self._add_closed(fact, s, p, obj, None, when)
            if fact.valid_to is None:
                self._undated.add(record.iri)
            return record
        return last

    def _tick(self, fact: Fact) -> datetime:
        """The batch's clock for a fact whose turn has no time: one time per turn, strictly
        increasing in the order the batch meets the turns."""
        source = fact.source
        key = (source.conversation, source.turn) if source is not None and source.turn is not None else None
        if key is not None and key in self._ticks:
            return self._ticks[key]
        t = self.now()
        if self._last_tick is not None and t <= self._last_tick:
            t = self._last_tick + timedelta(microseconds=1)
        self._last_tick = t
        if key is not None:
            self._ticks[key] = t
        return t

    def _new(self, fact: Fact, s: str, p: str, obj: Hashable, iri: str, start: datetime | None) -> PlannedFact:
        record = PlannedFact(s, p, obj, iri, round(fact.confidence, 4), start, None, fact.occurred_at,
                             _observations(fact), changed=True)
        self.facts.append(record)
        return record

    def _close(self, record: PlannedFact, when: datetime) -> PlannedFact:
        """End a current fact's validity: it moves to its history IRI (merging with a stored one,
        which is returned)."""
        self._unset_current(record)
        iri = ids.fact_iri(record.subject, record.predicate, str(record.object),
                           (record.valid_from or when).isoformat())
        other = self._closed.get(iri)
        if other is not None and other is not record:
            other.observe(record.observations)
            self.facts.remove(record)
            if record.handle is not None:
                self.deleted.append(record)
            return other
        record.iri, record.valid_to, record.changed = iri, when, True
        self._closed[iri] = record
        self._closed_now[(record.subject, record.predicate, record.object)] = record
        return record


def stored_facts(facts: Iterable[Fact], records: Iterable[PlannedFact | None]) -> list[Fact]:
    """The batch's facts as the plan left them (what ``Store.add`` returns): each with the IRI,
    confidence and validity of the record :meth:`WritePlan.add` gave it, once the whole batch is
    applied (a fact a later one closed has its history IRI and ``valid_to``); a fact without a
    record (an ending that changed nothing) comes back as it was."""
    return [f if r is None else replace_fields(
                f, iri=r.iri, confidence=r.confidence if r.confidence is not None else f.confidence,
                valid_from=r.valid_from, valid_to=r.valid_to)
            for f, r in zip(facts, records, strict=True)]


def replace_fields(fact: Fact, **changes: Any) -> Fact:
    """``dataclasses.replace`` without running ``__init__`` again (a tenth of its time; a batch
    returns every fact): :class:`Fact` has no ``__post_init__``, so its fields are all there is."""
    if hasattr(fact, "__post_init__") or not hasattr(fact, "__dict__"):
        return dataclasses.replace(fact, **changes)
    new = object.__new__(type(fact))
    new.__dict__.update(fact.__dict__, **changes)
    return new
