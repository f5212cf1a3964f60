"""A tie said with since when it holds, between the two and 是: 我跟阿峰初中就是同学 (classmates), 我和她从小就是邻居,
我跟阿杰大学就是室友; not when denied (我跟阿峰初中不是同学)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("text, predicate, other", [
    ("我跟阿峰初中就是同学，他的事我最清楚。", "classmate", "阿峰"),
    ("我和晓红从小就是邻居。", "neighbor", "晓红"),
    ("我跟阿杰大学就是室友。", "roommate", "阿杰"),
    ("我跟丽丽一直是好朋友。", "friend", "丽丽"),
])
def test_a_tie_since_a_time(text, predicate, other):
    assert ("安娜", predicate, other) in kept(text)


@pytest.mark.parametrize("text", ["我跟阿峰初中不是同学。", "我跟阿峰初中就认识了。"])
def test_no_tie_denied_or_unsaid(text):
    assert not any(o == "阿峰" and p in ("classmate", "friend", "neighbor", "roommate") for _, p, o in kept(text))
