"""A title opening a third voice's turn after an order given back to the one who spoke before it is no boss (issue 13,
:mod:`kg_memory.extract.chinese.boss_calls`): in a dance team, "队长，……" said by another member is not the one told.
Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_third_member_turning_to_the_captain_is_no_subordinate():
    found = facts((1, "大家站好，音乐放起来！"), (2, "祁队长，今天这个太难了，我学不会。"), (1, "小郝，别急，跟着我做。"),
                  (3, "队长，我把我表姐也带来了，她想跟着跳。"), (1, "欢迎欢迎！"))
    assert ("Speaker 3", "boss", "Speaker 1") not in found


def test_the_one_told_answering_keeps_the_boss():
    found = facts((1, "来客人了，准备一下。"), (2, "小杰，三号架子那个大箱子拿一下。"), (3, "来了，店长。"))
    assert ("Speaker 3", "boss", "Speaker 2") in found
