"""A relative said to bear a speaker's name too ("我姐夫也叫大伟", "我表哥也叫小军") is a namesake: the relative stays a
person of that name, not the speaker who bears it (issue 13, :mod:`kg_memory.extract.aliases`). Invented scenes; a
relative named without "too" who is a speaker still is that speaker."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_namesake_relative_is_not_the_speaker():
    lines = ((2, "我叫周志明，这是我爱人。"), (1, "志明，你去看看冰箱门能不能进。"), (2, "你怎么又把我叫成你表哥了？"),
             (1, "习惯了嘛，我表哥也叫志明。"))
    found = facts(*lines)
    assert ("Speaker 2", "alternateName", "志明") in found
    assert ("Speaker 1", "relative", "Speaker 2") not in found
    assert ("Speaker 1", "relative", "志明") in found


def test_a_relative_named_without_too_is_the_speaker():
    lines = ((2, "大家好，我叫周志明。"), (1, "这是我表哥志明，刚从广州回来。"), (3, "志明哥好！"), (2, "你好你好。"))
    assert ("Speaker 1", "relative", "Speaker 2") in facts(*lines)
