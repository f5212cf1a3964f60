"""Chinese: a change told with 后来 (afterwards) and a home told with how long one lived there: 我之前住在武汉，后来搬到了
长沙 gives the new home and closes the old one; 我在杭州生活了二十多年了 gives the home, 我之前在成都住了五年 a former one
(not 我在北京住了五年, which may be over)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(text: str) -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, still holds) of what 安娜 says in ``text``."""
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object),
             f.valid_to is None and not f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("我之前住在武汉，后来搬到了长沙。", ("安娜", "livesIn", "长沙", True)),
    ("我后来搬到了苏州。", ("安娜", "livesIn", "苏州", True)),
    ("我大学在北京读的，后来嫁给了王磊。", ("安娜", "spouse", "王磊", True)),
    ("我在杭州生活了二十多年了。", ("安娜", "livesIn", "杭州", True)),
    ("我在南京住了好几年了。", ("安娜", "livesIn", "南京", True)),
    ("我之前在成都住了五年。", ("安娜", "livesIn", "成都", False)),
    ("我在上海住过三年。", ("安娜", "livesIn", "上海", False)),
])
def test_the_home_or_change_told_is_kept(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in _facts(text)


def test_the_home_before_the_move_is_closed() -> None:
    facts = _facts("我之前在武汉住了十年，后来搬到了长沙。")
    assert ("安娜", "livesIn", "长沙", True) in facts and ("安娜", "livesIn", "武汉", False) in facts


@pytest.mark.parametrize("text", [
    "我在酒店住了三天。",  # a stay
    "我在北京住了三天。",  # days are a visit, not a home
    "我在北京住了五年。",  # no final 了: perhaps no longer
    "我没在上海住过。",
])
def test_a_stay_or_a_home_denied_gives_no_home(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] == "livesIn" and f[3]}
