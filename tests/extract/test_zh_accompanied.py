"""Who comes along is no part of what is told: 离婚后带着女儿住在昆明 tells the home (昆明), 我有个六岁的女儿跟着我 the
daughter, as the clause without them does; 带着儿子去公园 is an outing, no home."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "小雨", text)]) if not f.ended}


@pytest.mark.parametrize(("text", "town"), [
    ("我离婚了带着女儿住在昆明", "昆明"),
    ("我现在带着两个孩子住在南宁", "南宁"),
    ("我们一直跟着我爸妈在绍兴生活", "绍兴"),
])
def test_the_home_said_with_who_comes_along(text: str, town: str) -> None:
    assert ("小雨", "livesIn", town) in facts(text), facts(text)


@pytest.mark.parametrize("text", ["我有个六岁的女儿跟着我", "我离婚了，有个十岁的儿子跟着我一起住"])
def test_the_child_who_lives_with_the_speaker(text: str) -> None:
    found = facts(text)
    assert any(s == "小雨" and p == "child" for s, p, _ in found), found


def test_an_outing_with_a_child_is_no_home() -> None:
    assert not any(p == "livesIn" for _, p, _ in facts("我周末带着儿子去公园"))
