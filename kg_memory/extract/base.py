"""The extractor contract: conversation turns in, facts out, no store access.

An extractor reads :class:`~kg_memory.types.Turn` objects and returns
:class:`~kg_memory.types.Fact` objects whose entities are not resolved yet (``iri=None``): the
memory resolves and stores them later. Implementations must

* accept any sequence of turns (a whole conversation, or several) and return a list of facts;
* give every fact a ``confidence`` in ``[0, 1]`` and the provenance of the turn it came from;
* use predicate local names of the vocabulary (``"livesIn"``) and classes of the vocabulary as
  entity types (``"Person"``, ``"Place"``...);
* never read or write a store.

>>> from kg_memory.types import Turn
>>> isinstance(NullExtractor(), Extractor)
True
>>> NullExtractor().extract([Turn("c1", "1", "Ann", "Hello")])
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from ..types import Entity, Fact, Provenance, Turn, Value

__all__ = ["DATED_STATES", "Extractor", "NullExtractor", "Period", "event_time", "make_fact", "turn_provenance"]

#: Predicates of states whose start a sentence can date: a move starts where one lives, a wedding a marriage
#: ("I moved to London last month": London since then), "since 2015" or "for three years" any of them.
DATED_STATES = frozenset({"livesIn", "memberOf", "worksFor", "workLocation", "jobTitle", "studiesAt", "spouse",
                          "partner", "maritalStatus", "hasPet", "diet"})


class Period(date):
    """The first day of a past period in which a state held ("2019年我在北京工作": all of 2019), as a rule's
    time for the state; ``end`` is the day after the period. :func:`make_fact` makes it a closed fact.

    >>> p = Period(date(2019, 1, 1), date(2020, 1, 1))
    >>> p == date(2019, 1, 1), p.end
    (True, datetime.date(2020, 1, 1))
    """

    end: date

    def __new__(cls, start: date, end: date) -> Period:
        self = super().__new__(cls, start.year, start.month, start.day)
        self.end = end
        return self


@runtime_checkable
class Extractor(Protocol):
    """Anything with ``extract(turns) -> list[Fact]``."""

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """Return the facts stated in ``turns``, in the order they were stated."""
        ...


class NullExtractor:
    """An extractor that finds nothing (for storing turns without facts)."""

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """Return no facts."""
        return []


def turn_provenance(turn: Turn) -> Provenance:
    """The provenance of a fact learned from ``turn``.

    >>> turn_provenance(Turn("c1", "7", "Ann", "Hi")).turn
    '7'
    """
    return Provenance(turn.conversation, turn.turn, turn.speaker, turn.time)


def make_fact(
    subject: Entity, predicate: str, obj: Entity | Value, confidence: float, turn: Turn,
    occurred_at: date | datetime | None = None,
) -> Fact:
    """Build a fact learned from ``turn`` with its confidence clipped to ``[0, 1]``.

    A dated event that starts a state (:data:`DATED_STATES`) also gives the fact's ``valid_from``,
    when the event is not after the turn: "I moved to London last month", said on 15 September,
    holds since 1 August (the start of the month named), so storing it closes the old city then.
    A :class:`Period` gives both ends: the state held then, and is history, not a current fact.

    >>> from datetime import UTC
    >>> turn = Turn("c1", "4", "Ann", "I moved to London last month", datetime(2024, 9, 15, tzinfo=UTC))
    >>> make_fact(Entity("Ann", "Person"), "livesIn", Entity("London", "Place"), 0.8, turn,
    ...           date(2024, 8, 1)).valid_from
    datetime.datetime(2024, 8, 1, 0, 0, tzinfo=datetime.timezone.utc)
    """
    confidence = round(min(1.0, max(0.0, confidence)), 3)
    until = None
    if isinstance(occurred_at, Period):
        until = event_time(occurred_at.end, turn.time) if predicate in DATED_STATES else None
        occurred_at = date(occurred_at.year, occurred_at.month, occurred_at.day)
    return Fact(subject, predicate, obj, confidence, (turn_provenance(turn),), occurred_at=occurred_at,
                valid_from=_started(predicate, occurred_at, turn.time), valid_to=until)


def _started(predicate: str, occurred_at: date | datetime | None, said: datetime | None) -> datetime | None:
    """When the state an event of ``predicate`` starts began (see :func:`event_time`)."""
    return event_time(occurred_at, said) if predicate in DATED_STATES else None


def event_time(occurred_at: date | datetime | None, said: datetime | None) -> datetime | None:
    """An event's time on the clock of the turn that tells it (``said``): ``None`` when the event or the
    turn has no time, or when the event is after the turn (a plan, not a change).

    >>> from datetime import UTC
    >>> event_time(date(2024, 8, 1), datetime(2024, 9, 15, tzinfo=UTC))
    datetime.datetime(2024, 8, 1, 0, 0, tzinfo=datetime.timezone.utc)
    >>> event_time(date(2030, 1, 1), datetime(2024, 9, 15, tzinfo=UTC)) is None
    True
    """
    if occurred_at is None or said is None:
        return None
    start = (occurred_at if isinstance(occurred_at, datetime)
             else datetime(occurred_at.year, occurred_at.month, occurred_at.day))
    start = start.replace(tzinfo=said.tzinfo) if (start.tzinfo is None) != (said.tzinfo is None) else start
    return start if start <= said else None
