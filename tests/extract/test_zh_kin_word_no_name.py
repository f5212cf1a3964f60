"""Chinese: a word of kin the speaker says they are called by (人家叫我姐姐, 小朋友都叫我阿姨) or are (我是姐姐) is no name of
theirs (issue 13, :mod:`kg_memory.extract.self_intros`). Invented scenes; a name so told (大家都叫我娜娜) still is one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _named(lines: tuple[tuple[int, str], ...]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(*lines) if p in ("name", "alternateName")}


@pytest.mark.parametrize("lines, word", [
    (((2, "志伟，你看你，跟服务员聊那么欢。"), (3, "志伟你吃什么醋，人家叫我姐姐。"), (1, "哈哈哈。")), "姐姐"),
    (((1, "你在幼儿园上班？"), (2, "对，小朋友都叫我阿姨。"), (1, "挺好的。")), "阿姨"),
    (((1, "这是谁家的孩子？"), (2, "我是姐姐，她是我妹妹。"), (1, "哦哦。")), "姐姐"),
])
def test_a_word_of_kin_is_no_name(lines, word):
    assert not any(o == word for _, o in _named(lines))


def test_a_name_the_others_call_one_still_is():
    lines = ((1, "你叫什么？"), (2, "我叫李娜，大家都叫我娜娜。"), (1, "娜娜你好。"))
    assert ("Speaker 2", "娜娜") in _named(lines)
