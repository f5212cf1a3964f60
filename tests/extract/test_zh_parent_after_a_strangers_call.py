"""小朋友，…… - 爸，…… - 让你……: a child called the way a stranger calls one (小朋友, 小姑娘) and then calling 爸 or 妈 calls
the one who answers and speaks to them, not the one who called them a stranger's way (issue 13). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_parent_is_the_one_who_answers_not_the_stranger():
    found = facts((1, "小朋友，张大嘴，啊——"), (3, "妈，我不想拔牙。"), (2, "让你少吃糖你不听，现在知道怕了？"))
    assert ("Speaker 3", "parent", "Speaker 2") in found
    assert ("Speaker 3", "parent", "Speaker 1") not in found
