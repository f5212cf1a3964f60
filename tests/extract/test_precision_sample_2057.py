"""Causes of wrong facts in the hand-labelled DialogRE sample of seed 2057 (benchmarks/labels/extract_precision.csv),
each removed by a general rule (issue 13). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "Give him some credit, although he did eat a paper napkin at lunch.",
    "She did drink the whole pot of coffee this morning.",
    "I did eat a slice of cake earlier, I admit it.",
])
def test_a_meal_eaten_once_is_no_taste(text: str) -> None:
    """"he did eat a piece of plastic fruit earlier": one thing eaten, said with an emphatic "did", tells no liking."""
    assert not any(p in ("likes", "habit") for _, p, _, _ in told(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("I eat sushi every day.", ("Ann", "habit", "eat sushi", False)),
    ("I love to eat spicy noodles.", ("Ann", "likes", "spicy noodles", False)),
])
def test_what_one_eats_as_a_habit_or_loves_to_eat_is_still_read(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(text)
