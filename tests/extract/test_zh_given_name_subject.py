"""A relative named by two characters of given names and then what they do (我同事欣怡下个月结婚, 我表弟浩宇特别能吃):
the relative has that name, whatever the rest says; two such characters that make a word (我女儿安静了) name no one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [
    ("我同事思雨下个月要结婚了。", ("安娜", "colleague", "思雨")),
    ("我们同事佳琪人特别好。", ("安娜", "colleague", "佳琪")),
    ("我朋友诗涵下周过生日。", ("安娜", "friend", "诗涵")),
    ("我表弟浩宇特别能吃。", ("安娜", "relative", "浩宇")),
])
def test_the_relative_named(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text)


@pytest.mark.parametrize("text", ["我女儿安静了一会儿。", "我朋友可以帮你。", "我同事明天请假。"])
def test_a_word_after_the_relative_names_no_one(text: str) -> None:
    assert not {o for _, p, o in kept(text) if p in ("child", "friend", "colleague") and not o.startswith("安娜的")}
