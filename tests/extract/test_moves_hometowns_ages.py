"""Everyday statements of a move, a hometown and an age, in English and Chinese: "I moved from New York to Denver",
我从广州搬到了深圳, 我的老家是四川成都, "I just turned 40"; and the look-alikes that must stay out."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def said(text: str) -> set[tuple[str, str]]:
    """(predicate, object) of what the rules read in one turn of Ann's."""
    return {(f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)]) if f.subject.label == "Ann"}


@pytest.mark.parametrize(("text", "fact"), [
    ("I moved from New York to Denver in 2019.", ("livesIn", "Denver")),
    ("I just moved from London to Paris.", ("livesIn", "Paris")),
    ("I moved to Denver.", ("livesIn", "Denver")),
    ("我从广州搬到了深圳。", ("livesIn", "深圳")),
    ("我去年从北京搬到上海。", ("livesIn", "上海")),
    ("我的老家是四川成都。", ("hometown", "四川成都")),
    ("我的老家在湖南。", ("hometown", "湖南")),
    ("I was born and raised in Ohio.", ("hometown", "Ohio")),
    ("I was born in Boston but raised in Texas.", ("hometown", "Texas")),
    ("I was born in Boston and grew up in Denver.", ("hometown", "Denver")),
    ("I turned 40 last week.", ("age", "40")),
    ("I just turned twenty-one!", ("age", "21")),
])
def test_a_move_a_hometown_and_an_age_are_read(text: str, fact: tuple[str, str]) -> None:
    found = said(text)
    assert fact in found, found
    if fact[0] == "livesIn":  # the place left is no home now (it is a former one: an ended fact)
        now = [f for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)]) if f.predicate == "livesIn" and not f.ended]
        assert {f.object.label for f in now if isinstance(f.object, Entity)} == {fact[1]}


@pytest.mark.parametrize("text", ["We turned the corner.", "It turned out fine.", "I turned him down."])
def test_turning_without_a_number_is_no_age(text: str) -> None:
    assert not any(p == "age" for p, _ in said(text))


def test_a_relative_from_a_city_is_not_named_after_it() -> None:
    found = {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
             for f in RuleExtractor().extract([Turn("c", "1", "Ann", "我老婆是上海人。")])}
    assert found == {("Ann", "spouse", "Ann的老婆"), ("Ann的老婆", "hometown", "上海")}


def test_a_move_planned_is_a_goal_with_its_place() -> None:
    assert said("I'm planning to move to Berlin.") == {("goal", "move to Berlin")}  # not a home yet
