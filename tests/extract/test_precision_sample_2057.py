"""Causes of wrong facts in the hand-labelled DialogRE sample of seed 2057 (benchmarks/labels/extract_precision.csv),
each removed by a general rule (issue 13). Invented sentences."""

from __future__ import annotations

import pytest

from kg_memory.extract.chinese.segment import clean_object
from tests.extract.dialogue_facts import facts, told


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


@pytest.mark.parametrize(("text", "liked"), [
    ("我喜欢一个人待着，清静。", "一个人待着"),
    ("周末我喜欢一个人去爬山。", "一个人去爬山"),
])
def test_alone_is_kept_with_what_is_done_alone(text: str, liked: str) -> None:
    """我喜欢一个人待着: 一个人 is "alone", not a measure word before a thing (which left 人待着)."""
    objects = {o for _, p, o, _ in told(text) if p == "likes"}
    assert liked in objects and not any(o.startswith("人") for o in objects)


def test_liking_someone_names_no_thing() -> None:
    """我喜欢一个人 ("I like someone") stores no thing 人."""
    assert not any(p == "likes" for _, p, _ in facts((1, "你怎么了？"), (2, "我喜欢一个人，可是不敢说。")))


def test_a_measure_word_before_a_thing_is_still_dropped() -> None:
    assert [clean_object(t) for t in ("一只猫", "一个苹果", "一个人")] == ["猫", "苹果", None]
