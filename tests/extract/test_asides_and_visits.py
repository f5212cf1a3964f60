"""An aside after a comma that guesses ("I want to adopt a dog, maybe a corgi", "I live in Ohio, maybe a bit north of
Columbus") leaves what was said before it stated; a relative coming over from a place lives there (我婆婆从山东过来住一阵,
我爸妈从成都飞过来看我们, as "visiting from Ohio"). Look-alikes give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("I'm thinking about adopting a dog, maybe a corgi.", ("Ann", "goal", "adopt a dog")),
    ("I live in Ohio, maybe an hour from Columbus.", ("Ann", "livesIn", "Ohio")),
    ("我婆婆从山东过来住一阵。", ("安娜的婆婆", "livesIn", "山东")),
    ("我爸妈从成都飞过来看我们。", ("安娜的爸妈", "livesIn", "成都")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("Maybe a dog would help.", "hasPet"),
    ("Maybe I live in Ohio, who knows.", "livesIn"),
    ("我从上海来北京出差。", "livesIn"),
    ("我婆婆没从山东过来。", "livesIn"),
    ("我婆婆从山东过来了吗？", "livesIn"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    assert not any(p == predicate and not ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize(("text", "fact"), [
    ("我岳母下个月从河南过来住一阵。", ("安娜的岳母", "livesIn", "河南")),
    ("我爸妈明天从西安飞过来看我们。", ("安娜的爸妈", "livesIn", "西安")),
])
def test_a_visit_to_come_from_where_one_lives(text: str, fact: tuple[str, str, str]) -> None:
    """下个月, 明天 govern the coming over, not where one comes from: that holds now."""
    assert fact in kept(text)


def test_a_move_to_come_is_still_a_plan() -> None:
    assert not {f for f in kept("我下个月要搬家了，搬到浦东。") if f[1] == "livesIn"}
