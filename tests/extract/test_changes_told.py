"""Changes a user tells an assistant, and what the memory holds after them: the new value current, the old one
closed (a move back to one's home town, a change of trade, a transfer to another city, a company known by its
short name)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn
from tests.extract.dialogue_facts import after


def said(text: str, speaker: str = "安娜") -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", speaker, text)]) if not f.ended}



@pytest.mark.parametrize(("text", "fact"), [
    ("我去年搬回了老家武汉。", ("安娜", "livesIn", "武汉")),
    ("我们又搬回西安了。", ("安娜", "livesIn", "西安")),
    ("我转行当了厨师。", ("安娜", "jobTitle", "厨师")),
    ("我前年改行做会计了。", ("安娜", "jobTitle", "会计")),
    ("我被公司派到成都分公司了。", ("安娜", "workLocation", "成都")),
    ("我从上海调到深圳了。", ("安娜", "workLocation", "深圳")),
    ("我一直在南京生活。", ("安娜", "livesIn", "南京")),
    ("我上个月开始吃素了。", ("安娜", "diet", "vegetarian")),
    ("我在京东做客服。", ("安娜", "worksFor", "京东")),
    ("我刚换了工作，现在在美团。", ("安娜", "worksFor", "美团")),
])
def test_a_change_told_gives_the_new_state(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said(text)


@pytest.mark.parametrize("text", [
    "我搬回老家了。",  # no place named
    "我改行做生意了。",  # no job title
    "我调到市场部了。",  # a department, not a place
    "我被派到北京出差了。",  # a trip
    "我在酒店住。",  # a stay
    "我不在杭州生活。",
    "我在京东买了一台电脑。",  # a shop, no employer
])
def test_what_is_no_such_change_gives_none(text: str) -> None:
    assert not {f for f in said(text) if f[1] in ("livesIn", "jobTitle", "workLocation", "worksFor")}


def test_a_company_called_by_a_place_like_name_is_the_employer() -> None:
    facts = said("我在京东上班。")
    assert ("安娜", "worksFor", "京东") in facts
    assert not any(p == "workLocation" for _, p, _ in facts)


@pytest.mark.parametrize(("first", "second", "predicate", "new", "old"), [
    ("我住在广州。", "我已经不在广州住了，搬回老家南昌了。", "livesIn", "南昌", "广州"),
    ("我是一名记者。", "我现在改行当老师了。", "jobTitle", "老师", "记者"),
    ("我在上海上班。", "我上个月调到了杭州分公司。", "workLocation", "杭州", "上海"),
    ("我在百度上班。", "我跳槽了，现在在拼多多。", "worksFor", "拼多多", "百度"),
])
def test_the_change_closes_the_old_value(first: str, second: str, predicate: str, new: str, old: str) -> None:
    current, closed = after(first, second, predicate, "安娜")
    assert current == {new}
    assert old in closed


def test_no_longer_living_there_closes_the_home() -> None:
    current, closed = after("我住在天津。", "我已经不在天津住了。", "livesIn", "安娜")
    assert not current and "天津" in closed

