"""Where one lives said with 住 and no 在, the housing estate named after what it stands by (issue 13,
:mod:`kg_memory.extract.chinese.shorthand`): 我们就住江边的金桥花园; not an estate pointed at (住后面那个小区) nor a
hotel or a dormitory. Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("text, estate", [
    ("你好，我们住地铁站对面的绿洲花园。", "绿洲花园"),
    ("我就住江边的滨湖新村，走路十分钟。", "滨湖新村"),
    ("我们住在体育馆旁边的蓝湾家园。", "蓝湾家园"),
])
def test_an_estate_named_after_where_it_stands(text, estate):
    assert ("Speaker 1", "livesIn", estate) in facts((1, text), (2, "那挺近的。"))


@pytest.mark.parametrize("text", ["我们住后面那个小区。", "这几天我住酒店。", "我也住学校旁边的宿舍。", "我住公司的公寓。"])
def test_no_estate_named(text):
    assert not any(p == "livesIn" for _, p, _ in facts((1, text), (2, "那挺近的。")))
