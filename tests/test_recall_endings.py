"""An ending with nothing stored to end ("我去年离婚了" before any spouse was told, "I quit my job" before any job) closes
nothing and is no fact of its own, in recall as in the store: recall never shows a person as their own former spouse."""

from __future__ import annotations

from datetime import datetime

from kg_memory import Memory, Turn


def _recalled(text: str, question: str, speaker: str) -> list[str]:
    with Memory() as memory:
        memory.remember([Turn("c", "1", speaker, text, datetime(2026, 5, 1))])
        return [r.text for r in memory.recall(question, 5) if r.fact is not None]


def test_an_ending_with_nothing_to_end_is_not_recalled_as_a_fact() -> None:
    assert not any("former spouse" in t for t in _recalled("我去年离婚了，现在一个人带孩子。", "安娜的感情状况怎么样？", "安娜"))
    assert not any("worksFor" in t or "former employer" in t
                   for t in _recalled("I quit my job last month.", "Where does Ann work?", "Ann"))


def test_an_ending_still_closes_what_was_told() -> None:
    with Memory() as memory:
        memory.remember([Turn("c", "1", "Ann", "I work at Acme.", datetime(2026, 1, 1)),
                         Turn("c", "2", "Ann", "I quit my job last week.", datetime(2026, 5, 1))])
        found = [r.fact for r in memory.recall("Where does Ann work?", 5) if r.fact is not None]
        acme = [f for f in found if getattr(f.object, "label", None) == "Acme"]
        assert acme and acme[0].valid_to is not None
        assert not any(f.subject == f.object for f in found)
