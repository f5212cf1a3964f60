"""One's relative named with where they work or live before the name (是隔壁市场部赵经理的亲妹妹, 是财务科李科长的哥哥) is a
relative as 是赵经理的妹妹 is (:mod:`kg_memory.extract.chinese.rules`). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("line, owner, predicate", [
    ("我其实是隔壁销售部孙经理的亲妹妹。", "孙经理", "sibling"),
    ("我是财务科李科长的亲哥哥。", "李科长", "sibling"),
    ("说出来你别笑，我是楼上周老师的女儿。", "周老师", "child"),
    ("我是技术部王磊的亲姐姐。", "王磊", "sibling"),
])
def test_a_relative_of_one_named_with_their_unit_is_kin(line, owner, predicate):
    assert (owner, predicate, "安娜") in kept(line)


@pytest.mark.parametrize("line", ["我是全部人的朋友。", "我是销售部的。", "我是市场部的王芳。", "我不是技术部王磊的姐姐。"])
def test_no_relative_without_a_name_or_when_denied(line):
    assert not any(p in ("sibling", "child", "friend") for _, p, _ in kept(line))
