"""Profiles: what the memory knows about one entity, current facts first, then history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..types import Entity, Fact
from .index import valid_since
from .sentences import fact_sentence

if TYPE_CHECKING:
    from ..memory import Memory

__all__ = ["Profile", "build_profile"]


@dataclass(frozen=True)
class Profile:
    """What the memory knows about an entity: current facts grouped by predicate, then history."""

    entity: Entity
    current: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    history: tuple[Fact, ...] = ()

    def text(self) -> str:
        """A readable rendering (also ``str(profile)``)."""
        lines = [f"{self.entity.label} ({self.entity.type})"]
        for predicate, facts in self.current.items():
            values = "; ".join(_value(f) + _since(f) for f in facts)
            lines.append(f"  {predicate}: {values}")
        if self.history:
            lines.append("  history:")
            lines += [f"    {fact_sentence(f)}" for f in self.history]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()

    def rows(self) -> list[dict[str, Any]]:
        """One row per fact (current first) for tables and JSON."""
        rows = []
        for facts, status in ((tuple(f for fs in self.current.values() for f in fs), "current"),
                              (self.history, "past")):
            for f in facts:
                rows.append({"status": status, "predicate": f.predicate, "value": _value(f),
                             "valid_from": f.valid_from, "valid_to": f.valid_to,
                             "sources": ", ".join(f"{s.conversation}#{s.turn}" for s in f.sources if s.turn)})
        return rows


def _value(fact: Fact) -> str:
    return fact.object.label if isinstance(fact.object, Entity) else str(fact.object)


def _since(fact: Fact) -> str:
    return f" (since {fact.valid_from.date().isoformat()})" if fact.valid_from else ""


def build_profile(memory: Memory, entity: str | Entity, *, namespace: str | None = None) -> Profile:
    """Summarise an entity: current facts (as subject, then as object) by predicate, then history.

    >>> from kg_memory import Memory
    >>> m = Memory()
    >>> _ = m.add("Ann", "livesIn", "Lisbon")
    >>> print(build_profile(m, "Ann"))
    Ann (Person)
      livesIn: Lisbon
    """
    found = memory.entity(entity, namespace=namespace)
    facts = memory.facts(found, history=True, incoming=True, namespace=namespace)
    current: dict[str, list[Fact]] = {}
    past: list[Fact] = []
    for f in sorted(facts, key=lambda f: (f.subject.iri != found.iri, f.predicate, _start(f))):
        if f.is_current:
            current.setdefault(f.predicate, []).append(f)
        else:
            past.append(f)
    past.sort(key=lambda f: (f.predicate, _start(f)))
    return Profile(found, {p: tuple(fs) for p, fs in current.items()}, tuple(past))


def _start(f: Fact) -> datetime:
    t = valid_since(f)
    return t.replace(tzinfo=None) if t else datetime.min
