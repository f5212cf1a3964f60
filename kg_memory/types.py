"""The data model: turns of a conversation, entities and the facts between them.

All classes are frozen dataclasses: a fact never changes once made; the memory records a new one
(and closes the old one's validity) instead.

>>> alice = Entity("Alice", "Person")
>>> fact = Fact(alice, "livesIn", Entity("Paris", "Place"), confidence=0.9)
>>> fact.object.label
'Paris'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

__all__ = ["Entity", "Fact", "Provenance", "Turn", "Value", "types_compatible"]

#: A literal value of a fact: a string, a number, a boolean, a date or a date-time.
Value = str | int | float | Decimal | bool | date | datetime


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
