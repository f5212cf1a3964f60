"""A move told with its time dates the new home: "I moved to London last month" holds since the month
named, and closes the old city then, not when it was said. Checked as a user would: remember turns,
then read the current fact and the history of the residence (embedded store)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract import RuleExtractor


def remember(*turns: tuple[str, str], memory: Memory | None = None, conversation: str = "c1",
             speaker: str = "Alice") -> Memory:
    """Remember ``(ISO date, text)`` turns of ``speaker``, in order."""
    memory = memory or Memory(extractor=RuleExtractor())
    memory.remember([Turn(conversation, str(i + 1), speaker, text, datetime.fromisoformat(t).replace(tzinfo=UTC))
                     for i, (t, text) in enumerate(turns)])
    return memory


def residence(memory: Memory, who: str = "Alice") -> list[tuple[str, date | None, date | None]]:
    """Every residence of ``who``, oldest first: (place, since, until) as dates."""
    return sorted(((f.object.label if hasattr(f.object, "label") else str(f.object),
                    f.valid_from.date() if f.valid_from else None, f.valid_to.date() if f.valid_to else None)
                   for f in memory.history(who, "livesIn")), key=lambda r: (r[1] or date.min, r[2] is None))


@pytest.mark.parametrize(("told", "news", "old", "new", "moved"), [
    ("I live in Paris.", "Big news: I moved to London last month!", "Paris", "London", date(2024, 8, 1)),
    ("I live in Paris.", "We moved to Denver in June.", "Paris", "Denver", date(2024, 6, 1)),
    ("我住在北京。", "我上个月搬到了上海。", "北京", "上海", date(2024, 8, 1)),
])
def test_a_dated_move_closes_the_old_home_when_it_happened(told: str, news: str, old: str, new: str,
                                                          moved: date) -> None:
    memory = remember(("2024-03-01", told), ("2024-09-15", news))
    assert residence(memory) == [(old, date(2024, 3, 1), moved), (new, moved, None)]


def test_a_move_without_a_time_starts_when_it_was_said() -> None:
    memory = remember(("2024-03-01", "I live in Paris."), ("2024-09-15", "I moved to London!"))
    assert residence(memory) == [("Paris", date(2024, 3, 1), date(2024, 9, 15)),
                                 ("London", date(2024, 9, 15), None)]


def test_a_move_told_after_a_home_said_since_keeps_the_news_current() -> None:
    # "I live in Paris" said on 3 September, then "I moved to London last month" (August): the later
    # statement is news. London is where Alice lives now; Paris stays in the history, never closed
    # before it began.
    memory = remember(("2024-09-03", "I live in Paris."), ("2024-09-15", "I moved to London last month."))
    assert residence(memory) == [("London", date(2024, 8, 1), None), ("Paris", date(2024, 9, 3), date(2024, 9, 3))]
    assert [f.object.label for f in memory.facts("Alice", "livesIn")] == ["London"]


def test_an_older_conversation_remembered_late_goes_to_history() -> None:
    memory = remember(("2024-09-15", "I moved to London last month."))
    remember(("2024-03-01", "I live in Paris."), memory=memory, conversation="c0")
    assert [f.object.label for f in memory.facts("Alice", "livesIn")] == ["London"]
    assert residence(memory) == [("Paris", date(2024, 3, 1), date(2024, 8, 1)), ("London", date(2024, 8, 1), None)]


def test_a_move_dated_after_the_turn_is_not_a_start() -> None:
    # A year later than the turn cannot be when the move happened: the fact holds since it was said.
    memory = remember(("2024-09-15", "I moved to Rome in 2030."))
    assert residence(memory) == [("Rome", date(2024, 9, 15), None)]


def test_the_move_time_shows_once_in_recall() -> None:
    memory = remember(("2024-03-01", "I live in Paris."), ("2024-09-15", "I moved to London last month."))
    first = memory.recall("Where does Alice live?")[0]
    assert "London" in first.text and "since 2024-08-01" in first.text and "on 2024-08-01" not in first.text
