"""妈，……。小雨，你……？: a turn that calls a parent at its head and then asks someone else it calls by name does not
ask the parent, so the one who answers it next is no parent of the caller (issue 13). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_named_question_after_a_parent_call_asks_the_one_named():
    found = facts((1, "饭好了！阿强，去把你爸叫来吃饭。"), (2, "妈，我爸说下完这盘棋就来。小雨，你男朋友到哪儿了？"),
                  (3, "快到了，在楼下停车呢。"))
    assert ("Speaker 2", "parent", "Speaker 3") not in found and ("Speaker 3", "child", "Speaker 2") not in found


def test_a_parent_call_that_asks_is_answered_by_the_parent_still():
    found = facts((1, "你开了三个小时了。"), (2, "我不累。"), (3, "爸，我渴了，我们什么时候停车？"), (1, "前面服务区就停。"))
    assert ("Speaker 3", "parent", "Speaker 1") in found
