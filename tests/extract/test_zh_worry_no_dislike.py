"""怕 of what may happen is a worry, no dislike: 他怕赶不上火车 gave the cousin a dislike of 赶不上火车 (helper 211's scenes)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("text", ["我表哥明天来，他怕赶不上火车。", "我怕来不及。", "我怕迟到。", "我怕他生气。", "我怕吃不完。"])
def test_a_worry_is_no_dislike(text: str) -> None:
    assert not any(p == "dislikes" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "thing"), [("我怕狗。", "狗"), ("我最怕打针了。", "打针"), ("我害怕蛇。", "蛇")])
def test_what_one_fears_is_still_a_dislike(text: str, thing: str) -> None:
    assert ("安娜", "dislikes", thing) in kept(text)
