"""A call of a relative that calms the one who just spoke ("妈，您别急，……") is said to that one, upset, even where the
next speaker thanks the caller by name: the one before is the parent, not the one who answers.
"""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_calming_call_goes_to_the_one_before() -> None:
    got = facts((1, "你们家的狗又在楼道里叫了一晚上！"), (2, "实在抱歉，我这就去看看。"), (1, "每次都说抱歉，有什么用？"),
                (3, "妈，您别急，人家刚搬来，还不熟。"), (2, "谢谢你，小飞。我今晚就把狗拴好。"))
    assert ("Speaker 3", "parent", "Speaker 1") in got, got
    assert ("Speaker 3", "parent", "Speaker 2") not in got, got


def test_a_call_answered_by_name_still_goes_to_the_one_answering() -> None:
    got = facts((1, "这茄子新鲜。"), (2, "妈，你快点。"), (3, "急什么，小雨。我再买两个菜。"))
    assert ("Speaker 2", "parent", "Speaker 3") in got, got
