"""A move abroad to come for study or work (我闺蜜小雨下个月要去英国读研, 我堂哥明年要去英国念书) is the one's goal of going
there, as a trip to come is (下个月要去日本旅游); without a time to come, or with no place named, it is none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "who", "aim"), [
    ("我室友佳琪下个月要去澳大利亚读研。", "佳琪", "去澳大利亚"),
    ("我堂哥明年要去英国念书了。", "安娜的堂哥", "去英国"),
    ("我下半年准备去英国上学。", "安娜", "去英国"),
    ("我男朋友下个月要去英国读研。", "安娜的男朋友", "去英国"),
])
def test_the_plan_is_a_goal(text: str, who: str, aim: str) -> None:
    assert (who, "goal", aim) in kept(text)


@pytest.mark.parametrize("text", ["我明天要去医院工作。", "我去年去澳大利亚读研了。", "我不去澳大利亚读研了。"])
def test_no_plan(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "goal"}
