"""What recall puts first for a question after a few invented turns: the shared helper of the recall tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests


def facts_recalled(lines: Sequence[tuple[str, str]], question: str, k: int = 3) -> list[str]:
    """The facts among the first ``k`` memories recalled for ``question`` after each ``(speaker, text)`` of ``lines``
    was said, a day apart, as "subject predicate object"."""
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember([Turn("c", str(i), who, text, datetime(2026, 1, i)) for i, (who, text) in enumerate(lines, 1)])
        return [f"{item.fact.subject.label} {item.fact.predicate} {getattr(item.fact.object, 'label', item.fact.object)}"
                for item in memory.recall(question, k) if item.fact is not None]
