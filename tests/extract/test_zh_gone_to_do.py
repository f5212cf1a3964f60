"""后来去当兵了, 去支教了, 去插队了: what one went to do, which jieba tags as a noun, is no place visited; 去了西藏,
去了动物园 still are."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", ["高中毕业我就去当兵了。", "他大学一毕业就去支教了。", "我爸年轻的时候去插队了。",
                                  "我表哥前年去参军了。"])
def test_a_doing_is_no_place_visited(text):
    assert not any(p == "visited" for _, p, _, _ in told(text))


@pytest.mark.parametrize("text, place", [("我去年去了西藏。", "西藏"), ("我们昨天去了动物园。", "动物园")])
def test_a_place_is_still_visited(text, place):
    assert ("安娜", "visited", place, False) in told(text)
