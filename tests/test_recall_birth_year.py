"""The year of a birth told without its day ("I was born in 1990", 我是1990年出生的) is remembered as the
``birthYear`` and answers "When was Ann born?", "What year was Ann born?" and 安娜是哪年出生的？, while "Where was
Ann born?" still asks for the place."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests
SAID = datetime(2024, 5, 1)


def _top(lines: list[tuple[str, str]], question: str) -> tuple[str, object]:
    """The predicate and object of the first fact recalled for ``question`` after ``lines`` were said."""
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember([Turn("c", str(i), who, text, SAID) for i, (who, text) in enumerate(lines)])
        top = next(r for r in memory.recall(question, 5) if r.fact is not None)
    assert top.fact is not None
    return top.fact.predicate, getattr(top.fact.object, "label", top.fact.object)


@pytest.mark.parametrize("question", ["When was Ann born?", "What year was Ann born?"])
def test_the_year_of_birth_answers_when_someone_was_born(question: str) -> None:
    lines = [("Ann", "I live in Berlin."), ("Ann", "I was born in 1990 in Paris."), ("Ann", "I love jazz.")]
    assert _top(lines, question) == ("birthYear", 1990)


def test_a_relative_born_in_a_year_is_answered_too() -> None:
    lines = [("Ann", "My sister was born in 2001."), ("Ann", "My sister lives in Rome.")]
    assert _top(lines, "When was Ann's sister born?") == ("birthYear", 2001)


def test_the_year_of_birth_answers_a_chinese_question() -> None:
    lines = [("安娜", "我住在北京。"), ("安娜", "我是1990年出生的。")]
    assert _top(lines, "安娜是哪年出生的？") == ("birthYear", 1990)


def test_where_someone_was_born_is_still_the_place() -> None:
    lines = [("Ann", "I was born in 1990 in Paris."), ("Ann", "I live in Berlin.")]
    assert _top(lines, "Where was Ann born?") == ("birthPlace", "Paris")


@pytest.mark.parametrize(("lines", "question", "answer"), [
    ([("Ann", "I live in Berlin."), ("Ann", "I was born in 1990.")], "How old is Ann?", ("birthYear", 1990)),
    ([("安娜", "我住在北京。"), ("安娜", "我是1992年出生的。")], "安娜多大了？", ("birthYear", 1992)),
    ([("Ann", "I was born in 1990."), ("Ann", "I'm 34 years old.")], "How old is Ann?", ("age", 34)),
])
def test_an_age_is_the_age_told_else_the_year_it_follows_from(lines: list[tuple[str, str]], question: str,
                                                             answer: tuple[str, object]) -> None:
    assert _top(lines, question) == answer
