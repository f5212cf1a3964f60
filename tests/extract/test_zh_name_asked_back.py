"""A name taken up as a question by the next speaker (issue 13): "她男朋友叫邱凯，在报社。" - "邱凯？我表弟也在报社。" asks who
is meant, and is no call: whoever speaks after is not 邱凯 (no space follows a Chinese question mark)."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_name_asked_back_is_no_call():
    found = facts((1, "我闺女谈了个男朋友，叫邱凯，在报社上班。"), (2, "邱凯？我表弟也在报社，回头问问他。"),
                  (3, "奶奶，饭好了，快回家吧！"))
    assert not any(p == "alternateName" and o == "邱凯" for _, p, o in found)


def test_a_name_called_with_a_question_still_calls():
    found = facts((1, "晓峰？你怎么也来了？"), (2, "我陪我妈来的。"))
    assert ("Speaker 2", "alternateName", "晓峰") in found or ("Speaker 2", "name", "晓峰") in found


def test_a_name_asked_back_of_the_one_called_calls_them():
    found = facts((1, "同学们，把垫子铺好。"), (2, "好的严老师。"), (3, "严老师？你不是叫Amy吗？"), (1, "Amy是英文名，我姓严。"))
    assert ("Speaker 1", "alternateName", "严老师") in found
