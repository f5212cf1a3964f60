"""What recall returns: :class:`Recalled`, one fact (with its source turns) or one turn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..types import Fact, Turn

__all__ = ["Recalled"]


@dataclass(frozen=True)
class Recalled:
    """One recalled memory: a fact (with the turns it came from) or a turn.

    ``why`` names the components that ranked it, with its rank in each (``"semantic#1"``).

    >>> t = Turn("c1", "4", "Ann", "I moved to Lisbon.", datetime(2024, 3, 1))
    >>> Recalled("turn", 0.5, turn=t, turns=(t,), why=("lexical#1",), text="Ann: I moved to Lisbon.").as_row()["sources"]
    ['c1#4']
    """

    kind: str
    score: float
    fact: Fact | None = None
    turn: Turn | None = None
    turns: tuple[Turn, ...] = ()
    why: tuple[str, ...] = ()
    text: str = ""

    @property
    def time(self) -> datetime | None:
        """When the memory was said (the first source turn's time)."""
        times = [t.time for t in self.turns if t.time is not None]
        return min(times, key=lambda t: t.replace(tzinfo=None)) if times else None

    def as_row(self) -> dict[str, Any]:
        """A flat dict for tables and JSON."""
        return {
            "kind": self.kind,
            "score": round(self.score, 5),
            "text": self.text,
            "time": self.time.isoformat() if self.time else None,
            "sources": [f"{t.conversation}#{t.turn}" for t in self.turns],
            "why": list(self.why),
        }
