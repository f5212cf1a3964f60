"""A spouse called by the surname at home ("我家老王", "我们家老刘", "你家老张") is the owner's spouse by that name:
"我跟我们家老刘天天在家练" gave nothing. Not 老师, 老房子, 老李子树 (no surname called), nor a spouse denied."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("text", "name"), [
    ("我跟我们家老刘天天在家打牌，他老输。", "老刘"),
    ("我家老王今天又加班，饭都凉了。", "老王"),
    ("周末我们家老陈带孩子去公园了。", "老陈"),
])
def test_a_surname_called_at_home_is_the_speakers_spouse(text: str, name: str) -> None:
    assert ("安娜", "spouse", name, False) in told(text), told(text)


def test_the_one_spoken_to_has_theirs() -> None:
    got = facts((2, "嗯，回来了。"), (1, "你家老张最近身体还好吧。"), (2, "挺好的。"))
    assert ("Speaker 2", "spouse", "老张") in got, got


@pytest.mark.parametrize("text", ["我家老师特别严。", "我家老房子拆了。", "我家老李子树结果了。", "我家老王不是我老公，是我爸。"])
def test_no_surname_called_or_denied_gives_no_spouse(text: str) -> None:
    assert not any(p == "spouse" for s, p, o, e in told(text)), told(text)
