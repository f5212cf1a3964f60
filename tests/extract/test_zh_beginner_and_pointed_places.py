"""我是小白 followed by words of a beginner (不太懂, 刚学) says the speaker is new to something, not their name; a place
pointed at from where the speaker stands (隔壁小区, 对面小区) names no home."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("said", ["不好意思，我是小白，不太懂这些规则。", "我是小白，刚学两个星期。"])
def test_a_beginner_calling_themself_xiaobai_gives_no_name(said: str) -> None:
    got = facts((1, "你以前滑过雪吗？"), (2, said))
    assert not any(p in ("name", "alternateName") and o == "小白" for s, p, o in got), got


def test_xiaobai_said_as_a_name_stays_a_name() -> None:
    got = facts((1, "你好，请问你是？"), (2, "我是小白，小黑的哥哥。"))
    assert ("Speaker 2", "name", "小白") in got, got


@pytest.mark.parametrize(("asked", "said"), [("你住哪儿？", "我住在隔壁小区。"), ("你住哪儿？", "我住在对面小区。")])
def test_a_place_pointed_at_is_no_home(asked: str, said: str) -> None:
    got = facts((1, asked), (2, said))
    assert not any(p == "livesIn" for s, p, o in got), got


def test_a_named_district_is_still_a_home() -> None:
    got = facts((1, "你家离这儿远吗？"), (2, "我住在朝阳区，坐地铁半小时。"))
    assert ("Speaker 2", "livesIn", "朝阳区") in got, got
