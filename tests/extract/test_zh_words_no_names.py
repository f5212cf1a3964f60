"""Chinese words jieba tags as names that name nobody (issue 13): 别 + a verb (别介意, 别客气) called after a comma,
幼儿园 after a child (我儿子幼儿园……), 师傅 called; invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, names


@pytest.mark.parametrize("lines", [
    ((1, "我先走了。"), (2, "对了，隔壁那个大爷有点怪，你别介意。"), (1, "没事。")),
    ((1, "麻烦你了。"), (2, "都是自己人，别客气。"), (1, "那我不客气了。")),
    ((1, "师傅，去火车站多少钱？"), (2, "打表，三十左右。")),
])
def test_no_speaker_named_by_a_word(lines):
    assert not any(name in ("别介意", "别客气", "师傅") for _, name in names(*lines))


@pytest.mark.parametrize("text", ["我儿子幼儿园明天放假。", "我女儿幼儿园的老师特别负责。"])
def test_a_childs_kindergarten_is_no_child(text):
    said = facts((1, "最近忙吗？"), (2, text), (1, "是吗。"))
    assert ("Speaker 2", "child", "幼儿园") not in said
