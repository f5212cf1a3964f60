"""A parent or grandparent who says who they are by the child's name (issue 13): 我是欣欣妈妈, 我是课代表李明的爸爸,
我是小明他爸: the child has them as a parent (a relative); 欣欣妈妈 said with no 的 is also how they are called."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, child, kin, called", [
    ("王老师好，我是欣欣妈妈，今天她爸没空。", "欣欣", "parent", "欣欣妈妈"),
    ("不好意思来晚了，我是体育委员李明的爸爸。", "李明", "parent", None),
    ("您好，我是小明他爸，昨天给您打过电话。", "小明", "parent", None),
    ("我是壮壮奶奶，孩子中午在这儿吃饭吗？", "壮壮", "relative", "壮壮奶奶"),
])
def test_a_parent_named_by_the_child(line, child, kin, called):
    found = facts((1, "各位家长，请先签个到。"), (2, line))
    assert (child, kin, "Speaker 2") in found
    if called:
        assert ("Speaker 2", "alternateName", called) in found


@pytest.mark.parametrize("line", ["我是孩子他爸，您有事跟我说。", "我是新郎爸爸，谢谢大家。", "我不是欣欣妈妈，我是她小姨。"])
def test_no_child_named_no_parent(line):
    found = facts((1, "请问您是？"), (2, line))
    assert not any(p in ("parent", "alternateName") and o == "Speaker 2" or s == "Speaker 2" and p == "alternateName"
                   for s, p, o in found)
