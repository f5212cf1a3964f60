"""Two relatives side by side (我岳父岳母) or joined by 和/与 (我爷爷和奶奶) are both the speaker's, and what the
clause says holds for each (as 我爸妈住在杭州 does); the second is never read as the first's name."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), "小雨" if i % 2 == 0 else "老周", t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "expected"), [
    ("我岳父岳母住在青岛。", {("小雨", "relative", "小雨的岳父"), ("小雨", "relative", "小雨的岳母"),
                            ("小雨的岳父", "livesIn", "青岛"), ("小雨的岳母", "livesIn", "青岛")}),
    ("我爷爷和奶奶住在乡下。", {("小雨", "relative", "小雨的爷爷"), ("小雨", "relative", "小雨的奶奶"),
                             ("小雨的爷爷", "livesIn", "乡下"), ("小雨的奶奶", "livesIn", "乡下")}),
    ("我哥哥姐姐都是医生。", {("小雨的哥哥", "jobTitle", "医生"), ("小雨的姐姐", "jobTitle", "医生")}),
    ("我爸和我妈都喜欢钓鱼。", {("小雨的爸", "likes", "钓鱼"), ("小雨的妈", "likes", "钓鱼")}),
    ("嗯，我公公婆婆住在成都。", {("小雨的公公", "livesIn", "成都"), ("小雨的婆婆", "livesIn", "成都")}),
])
def test_each_of_two_relatives_gets_what_is_said(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(text)
    assert expected <= found, found
    assert not any(o in ("岳母", "奶奶", "姐姐", "我妈", "婆婆") for _, _, o in found), found  # no name of the first


@pytest.mark.parametrize("text", [
    "我岳父岳母人很好。",  # nothing read of them: no relative named 岳母 either
    "我爷爷奶奶的房子很大。",  # the house, not the two
])
def test_no_name_nor_fact_of_the_pair_when_nothing_is_said_of_them(text: str) -> None:
    found = facts(text)
    assert not any(o in ("岳母", "奶奶") or s in ("岳母", "奶奶") for s, _, o in found), found
    assert not any(p == "livesIn" for _, p, _ in found), found


def test_with_is_not_and() -> None:
    found = facts("我爷爷跟奶奶住在乡下。")  # lives with her: where she lives is not said of her on its own
    assert ("小雨的奶奶", "livesIn", "乡下") not in found, found


def test_a_name_after_a_relative_is_still_the_name() -> None:
    found = facts("我妈妈刘芳是老师。")
    assert {("小雨", "parent", "刘芳"), ("刘芳", "jobTitle", "老师")} <= found, found
