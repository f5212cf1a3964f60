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
from typing import Protocol, runtime_checkable

from ..types import Entity, Fact, Provenance, Turn, Value

__all__ = ["Extractor", "NullExtractor", "make_fact", "turn_provenance"]


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
    occurred_at=None,
) -> Fact:
    """Build a fact learned from ``turn`` with its confidence clipped to ``[0, 1]``."""
    confidence = round(min(1.0, max(0.0, confidence)), 3)
    return Fact(subject, predicate, obj, confidence, (turn_provenance(turn),), occurred_at=occurred_at)
