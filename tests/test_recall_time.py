"""Recall respects time: current facts before closed ones, unless the question asks about the past
or ``at=`` recalls as of another moment (issue 18, item 2)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig, Recalled, Recaller

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")
NO_ANSWERS = LEXICAL_ONLY.without("answers")  # the ranking any question gets when no fact answers it

TURNS = [
    Turn("c1", "1", "Alice", "I live in Paris.", datetime(2023, 5, 1)),
    Turn("c1", "2", "Bob", "Nice, I like cheese.", datetime(2023, 5, 1)),
    Turn("c2", "1", "Alice", "I moved to London.", datetime(2024, 1, 1)),
    Turn("c2", "2", "Bob", "How is the weather there?", datetime(2024, 1, 1)),
]


@pytest.fixture
def moved() -> Iterator[Memory]:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember(TURNS)
        yield memory


def _cities(found: list[Recalled]) -> list[str]:
    """The cities of the ``livesIn`` facts recalled, in order."""
    return [getattr(r.fact.object, "label", "") for r in found if r.fact is not None and r.fact.predicate == "livesIn"]


def _recaller(memory: Memory) -> Recaller:
    return Recaller(memory, config=LEXICAL_ONLY)


def _first_fact(found: list[Recalled]) -> str:
    return _cities(found)[0] if _cities(found) else ""


@pytest.mark.parametrize("question", ["Where does Alice live now?", "Which city is Alice in now?",
                                      "What city does Alice call home?", "Alice现在住在哪里？"])
def test_the_current_value_comes_first(moved: Memory, question: str) -> None:
    for config in (LEXICAL_ONLY, NO_ANSWERS):
        found = _recaller(moved).recall(question, 5, namespace="default", config=config)
        assert _cities(found)[:2] == ["London", "Paris"], (question, config, [r.text for r in found])


@pytest.mark.parametrize("question", ["Where did Alice live?", "Where did Alice use to live?",
                                      "Where did Alice live before?", "Where did Alice live in 2023?",
                                      "Alice以前住在哪里？", "Alice过去住在哪里？"])
def test_a_question_about_the_past_puts_the_closed_value_first(moved: Memory, question: str) -> None:
    for config in (LEXICAL_ONLY, NO_ANSWERS):
        found = _recaller(moved).recall(question, 5, namespace="default", config=config)
        assert _first_fact(found) == "Paris", (question, config, [r.text for r in found])


def test_at_filters_facts_by_validity_and_turns_by_time(moved: Memory) -> None:
    found = moved.recall("Where does Alice live?", 10, at=datetime(2023, 6, 1))
    assert _cities(found) == ["Paris"]  # London did not hold yet, and was not said yet
    assert all(t.time is None or t.time <= datetime(2023, 6, 1) for r in found for t in r.turns)
    found = moved.recall("Where does Alice live?", 10, at=datetime(2024, 6, 1))
    assert _cities(found) == ["London"]  # Paris no longer held then
    texts = [r.text for r in found]
    assert texts.index("Alice: I live in Paris.") > 0  # the old statement may follow, never lead
    assert _cities(moved.recall("Which city is Alice in?", 10, at=datetime(2024, 6, 1))) == ["London"]


def test_now_questions_in_a_larger_memory_get_current_facts_first() -> None:
    """60 people who each moved once, among filler turns: every "now" question's first city is the new one."""
    cities = ["Lisbon", "Porto", "Nairobi", "Osaka", "Quito", "Tromso", "Valencia", "Zagreb"]
    first = ["Anna", "Boris", "Chloe", "Dmitri", "Elena", "Farid"]
    last = ["Smith", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Novak", "Ferreira", "Quispe"]
    people = [f"{a} {b}" for a in first for b in last]
    turns = []
    for i, name in enumerate(people):
        old, new = cities[i % 8], cities[(i + 3) % 8]
        turns += [Turn(f"a{i}", "1", name, f"I live in {old}.", datetime(2022, 1, 1 + i % 28)),
                  Turn(f"a{i}", "2", name, f"{old} has great food and I love it.", datetime(2022, 1, 1 + i % 28)),
                  Turn(f"b{i}", "1", name, f"I moved to {new}.", datetime(2024, 2, 1 + i % 28))]
    with Memory(recall_config=NO_ANSWERS) as memory:
        memory.remember(turns)
        for i, name in enumerate(people[::6]):
            found = memory.recall(f"Which city is {name} in now?", 5)
            assert _first_fact(found) == cities[(i * 6 + 3) % 8], (name, [r.text for r in found])
