"""A home bought in a city (我们刚在苏州买了房子): owned, and where one lives (the vocabulary has no home owned in a
place); not 在苏州买了衣服."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "city", "home"), [
    ("我们刚在苏州买了房子。", "苏州", "房子"),
    ("我去年在杭州买了一套公寓", "杭州", "公寓"),
    ("我在成都买了房", "成都", "房子"),
])
def test_a_home_bought_in_a_city(line: str, city: str, home: str) -> None:
    assert {("安娜", "livesIn", city), ("安娜", "owns", home)} <= kept(line), kept(line)


@pytest.mark.parametrize("line", ["我在苏州买了衣服。", "我没在苏州买房子", "我在淘宝买了房子模型"])
def test_no_home_where_none_was_bought(line: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in kept(line)), kept(line)
