"""Chinese: a name called right before 你 without a comma (小敏你是我大学室友) is read as a call, as with the comma
(小敏，你是我大学室友): what the clause tells is of the one spoken to (issue 13, :mod:`kg_memory.extract.chinese.segment`).
Invented lines; a word before 你 that is no name (今天你……, 我觉得你……) stays part of the clause."""

from __future__ import annotations

from kg_memory.extract.chinese.segment import stated
from tests.extract.dialogue_facts import facts


def test_a_tie_told_to_a_name_before_you():
    lines = ((3, "那我坐门口那桌就行。"), (2, "不行，佳怡你是我高中同学，必须坐这儿。"), (3, "好吧好吧。"))
    assert ("Speaker 2", "classmate", "Speaker 3") in facts(*lines)


def test_a_roommate_told_to_a_name_before_you():
    lines = ((1, "搬家要帮忙吗？"), (2, "小蒋你是我室友，当然要帮。"), (1, "那我叫上小赵。"))
    assert ("Speaker 2", "roommate", "Speaker 1") in facts(*lines)


def test_no_call_read_in_a_word_before_you():
    assert stated("今天你去吗？") == "今天你去吗"
    assert stated("我觉得你说得对。") == "我觉得你说得对"
