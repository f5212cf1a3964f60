"""婧婧，我能不能不去？我怕。 - 向总，您……还怕这个？: one who calls a colleague by name to ask leave, and is called 向总
back, gave no order, so the one who answers is not made their subordinate; an order taken (小杰，把箱子拿来。 - 来了，
店长。) still makes the pair."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_question_asked_by_name_is_no_order() -> None:
    got = facts((1, "晓丽，我能不能不去体检？我怕打针。"), (2, "王总，您一个大老板还怕这个？去年不也去了吗。"),
                (1, "好吧好吧。"))
    assert ("Speaker 2", "boss", "Speaker 1") not in got, got


def test_an_order_taken_still_makes_the_boss() -> None:
    got = facts((1, "稍等。小杰，把门口那个箱子搬进来。"), (2, "来了，王总。"))
    assert ("Speaker 2", "boss", "Speaker 1") in got, got


def test_a_head_asking_how_the_work_goes_is_still_one() -> None:
    got = facts((1, "小周，这位先生的手续办完了吗？后面还排着好多人。"), (2, "张经理，还差一个签字，马上就好。"))
    assert ("Speaker 2", "boss", "Speaker 1") in got, got
