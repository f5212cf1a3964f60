"""A holiday or a weekend said as the time of a trip, before the subject or after it, leaves the trip read: 国庆我们去
婺源看油菜花了, 我们五一去青岛玩了, 上周末我跟老婆去无锡玩了 (were no visit); one to come stays no visit (这周末我和闺蜜去
杭州)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("国庆我们去婺源看油菜花了。", "婺源"),
    ("我们五一去青岛玩了。", "青岛"),
    ("春节期间我们去三亚玩了一趟。", "三亚"),
    ("上周末我跟老婆去无锡玩了。", "无锡"),
    ("中秋节我和我妈去了扬州。", "扬州"),
])
def test_a_trip_on_a_holiday(said: str, place: str) -> None:
    found = told(said)
    assert ("安娜", "visited", place, False) in found, found


@pytest.mark.parametrize("said", ["这周末我和闺蜜去杭州。", "国庆我们去黄山吧。"])
def test_a_trip_to_come(said: str) -> None:
    assert not any(p == "visited" for _, p, _, _ in told(said))
