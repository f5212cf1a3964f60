"""A home named in passing as 我住的X is where the speaker lives: 帮我查下去厦门的动车，从我住的福州出发 (福州),
我住的昆明最近一直下雨 (昆明); 我住的小区, 我以前住的, 你住的 name no home of the speaker's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("帮我查下去厦门的动车，从我住的福州出发。", "福州"),
    ("我住的昆明最近一直下雨，推荐几部在家看的电影吧。", "昆明"),
])
def test_a_home_named_after_wo_zhu_de(said: str, place: str) -> None:
    assert ("安娜", "livesIn", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "我住的小区最近在装修，吵死了。",
    "我以前住的南京夏天特别热。",
    "你住的大连冷不冷？",
])
def test_no_home_of_the_speaker(said: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(said)), told(said)
