"""How many times a pastime is done is no part of it: 我每周打两次篮球 is the habit 打篮球 (was 打两次篮球), 我们每周去两次超市
去超市; 每周打两次 alone, what is played said before, is no habit (was 打两次)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "what"), [
    ("我每周打两次篮球。", "打篮球"), ("我每周去两次超市。", "去超市"), ("我每个星期踢三回足球。", "踢足球"),
])
def test_the_times_are_left_out(said: str, what: str) -> None:
    found = kept(said)
    assert ("安娜", "habit", what) in found, found
    assert not any("次" in o or "回" in o for _, _, o in found), found


@pytest.mark.parametrize("said", ["我每周打两次。", "现在每个星期练三回。"])
def test_times_alone_are_no_habit(said: str) -> None:
    assert not any(p == "habit" for _, p, _ in kept(said)), kept(said)
