"""Days, weeks or months spent at a named place are a visit (我在青岛待了三个礼拜, 我们在巴黎玩了一周), so is a place
gone to every year (我每年暑假都去大理); 在医院住了两个星期 and 在厨房待了半天 name no place visited, 在上海住了三年 no visit."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_time_spent_at_a_place_is_a_visit() -> None:
    got = facts((1, "暑假过得怎么样？"), (2, "我在青岛待了三个礼拜。"), (1, "我们在巴黎玩了一周。"))
    assert ("Speaker 2", "visited", "青岛") in got, got
    assert ("Speaker 1", "visited", "巴黎") in got, got


def test_a_place_gone_to_every_year() -> None:
    got = facts((1, "你们假期一般去哪？"), (2, "我每年暑假都去大理。"))
    assert ("Speaker 2", "visited", "大理") in got, got


def test_stays_that_are_no_visit() -> None:
    got = facts((1, "我在医院住了两个星期。"), (2, "我在厨房待了半天。"), (1, "我在上海住了三年。"))
    assert not any(p == "visited" for _, p, _ in got), got
