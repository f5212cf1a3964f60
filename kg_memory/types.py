"""The data model: turns of a conversation, entities and the facts between them.

All classes are frozen dataclasses: a fact never changes once made; the memory records a new one
(and closes the old one's validity) instead.

>>> alice = Entity("Alice", "Person")
>>> fact = Fact(alice, "livesIn", Entity("Paris", "Place"), confidence=0.9)
>>> fact.object.label
'Paris'
>>> MonthDay(5, 5).isoformat()   # a day of the year without a year: a birthday
'--05-05'
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

__all__ = ["Entity", "Fact", "MonthDay", "Provenance", "Turn", "Value", "types_compatible"]

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


@dataclass(frozen=True, order=True)
class MonthDay:
    """A day of the year without a year, as a birthday is told ("May 5th", 五月五日): XSD's ``gMonthDay``.

    The 29th of February is a month-day (a birthday), though not of every year. ``str()`` and
    :meth:`isoformat` give the XSD lexical form; month-days sort by month, then day.

    >>> day = MonthDay(5, 5)
    >>> day.isoformat(), str(day), MonthDay.fromisoformat("--12-25")
    ('--05-05', '--05-05', MonthDay(month=12, day=25))
    >>> MonthDay(2, 30)
    Traceback (most recent call last):
    ...
    ValueError: no day 30 in month 2
    """

    month: int
    day: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"no month {self.month}")
        if not 1 <= self.day <= _DAYS_IN_MONTH[self.month - 1]:
            raise ValueError(f"no day {self.day} in month {self.month}")

    @classmethod
    def fromisoformat(cls, text: str) -> MonthDay:
        """The month-day of its XSD lexical form ``--MM-DD`` (a ``ValueError`` for any other text)."""
        m = _MONTH_DAY.fullmatch(text.strip())
        if m is None:
            raise ValueError(f"{text!r} is not a month-day (--MM-DD)")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> MonthDay:
        """The month-day of a date (a date-time's date).

        >>> MonthDay.of(date(1990, 5, 5))
        MonthDay(month=5, day=5)
        """
        return cls(day.month, day.day)

    def isoformat(self) -> str:
        """The XSD lexical form, ``--MM-DD``."""
        return f"--{self.month:02d}-{self.day:02d}"

    def spoken(self) -> str:
        """The month-day as an English speaker says it (whatever the locale).

        >>> MonthDay(5, 5).spoken()
        'May 5'
        """
        return f"{_MONTH_NAMES[self.month - 1]} {self.day}"

    def __str__(self) -> str:
        return self.isoformat()


#: A literal value of a fact: a string, a number, a boolean, a date, a date-time or a month-day.
Value = str | int | float | Decimal | bool | date | datetime | MonthDay


@dataclass(frozen=True)
class Turn:
    """One utterance of a conversation.

    >>> Turn("c1", "1", "Alice", "I live in Paris.").speaker
    'Alice'
    """

    conversation: str
    turn: str
    speaker: str
    text: str
    time: datetime | None = None


@dataclass(frozen=True)
class Entity:
    """A thing facts are about: a person, a place, an organisation...

    ``iri`` is ``None`` until the memory resolves the entity (to an existing one, or a new IRI
    minted from the normalised name and type, see :func:`kg_memory.ids.entity_iri`).
    ``type`` is a class of the vocabulary (``Person``, ``Place``, ``Organization``, ``Animal``,
    ``Event``, ``Thing``...). ``labels`` are ``(language, name)`` pairs, one per language, of an entity
    named in several (``(("en", "Beijing"), ("zh", "北京"))``; stored as ``skos:prefLabel "北京"@zh``),
    see :mod:`kg_memory.crosslang`.
    """

    label: str
    type: str = "Thing"
    iri: str | None = None
    aliases: tuple[str, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()

    def with_iri(self, iri: str) -> Entity:
        """Return a copy bound to ``iri``."""
        return dataclasses.replace(self, iri=iri)


def types_compatible(a: str, b: str) -> bool:
    """Whether entities of types ``a`` and ``b`` may be the same: equal types, or one is ``Thing``.

    >>> types_compatible("Person", "Place"), types_compatible("Thing", "Place")
    (False, True)
    """
    return a == b or "Thing" in (a, b)


@dataclass(frozen=True)
class Provenance:
    """Where a fact was learned: the conversation, the turn, who said it and when."""

    conversation: str | None = None
    turn: str | None = None
    speaker: str | None = None
    time: datetime | None = None


@dataclass(frozen=True)
class Fact:
    """A (subject, predicate, object) statement with its provenance and validity.

    ``predicate`` is a vocabulary name such as ``"livesIn"`` or a full IRI. ``object`` is an
    :class:`Entity` or a literal :data:`Value`. ``valid_from``/``valid_to`` bound the time the fact
    holds; a fact whose ``valid_to`` is ``None`` is current. ``occurred_at`` is the time of an event
    the fact reports ("I went to Paris last May"). ``sources`` lists every observation of the fact.

    ``ended`` marks a statement that the fact stopped holding ("I divorced Bob", "I no longer work
    for Airbus"): storing it closes the matching current fact at ``valid_to`` (else the time of its
    source) instead of adding one (see :mod:`kg_memory.stores.write_plan`). An ending whose object is
    its subject ("I quit my job": employer unknown) closes every current value of the predicate.
    """

    subject: Entity
    predicate: str
    object: Entity | Value
    confidence: float = 1.0
    sources: tuple[Provenance, ...] = ()
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    occurred_at: date | datetime | None = None
    iri: str | None = field(default=None, compare=False)
    ended: bool = False

    @property
    def source(self) -> Provenance | None:
        """The first observation of the fact, if any."""
        return self.sources[0] if self.sources else None

    @property
    def ends_every_value(self) -> bool:
        """An ending with no known object ("I quit my job"): its object is its subject."""
        o, s = self.object, self.subject
        return self.ended and isinstance(o, Entity) and (o.iri or o.label) == (s.iri or s.label)

    @property
    def is_current(self) -> bool:
        """True while the fact's validity is open."""
        return self.valid_to is None
