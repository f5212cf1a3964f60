"""A two-character given name right after the relative it names is that relative's name, though jieba knows no such
name (我朋友佳怡住在杭州, 我儿子浩然在上小学, 这是我朋友可欣); two such characters that make a word (我女儿安静了) or a time
(我朋友明天来) name nobody.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("我朋友佳怡住在杭州。", ("安娜", "friend", "佳怡")),
    ("我朋友佳怡住在杭州。", ("佳怡", "livesIn", "杭州")),
    ("我儿子浩然在上小学。", ("安娜", "child", "浩然")),
    ("这是我朋友可欣。", ("安娜", "friend", "可欣")),
    ("这是我表妹梓涵。", ("安娜", "relative", "梓涵")),
    ("我同事欣怡在腾讯上班。", ("欣怡", "worksFor", "腾讯")),
])
def test_a_given_name_after_a_relative_names_them(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "word"), [
    ("我女儿安静了。", "安静"),
    ("我朋友明天来。", "明天"),
    ("我妈妈可以来。", "可以"),
    ("我姐姐美丽又大方。", "美丽"),
    ("佳怡住在杭州。", "佳怡"),  # no relative before it: nobody's friend
])
def test_no_relative_named_by_a_word(text: str, word: str) -> None:
    assert not any(word in (s, o) for s, p, o, _ in told(text) if p != "livesIn"), told(text)
