"""Whom a name said in multi-party talk calls, read from the answers around it (issue 13): a yes or a no to a question
just asked of someone, then a name, answers the asker ("王姐，这个颜色行吗？" - "行行行，小周你再往左挪一点。"); one who
takes a bidding on ("知道了知道了", "来了！") is the one bid. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "王姐，这个颜色行吗？"), (2, "行行行，小周你再往左挪一点。"), (3, "那我呢？"), (2, "你先别动。")), "Speaker 1", "小周"),
    (((3, "老师，我们这样排对吗？"), (1, "对，阿杰你站第二排。"), (2, "我站哪儿？"), (1, "你站中间。")), "Speaker 3", "阿杰"),
])
def test_a_name_after_yes_answers_the_one_who_asked(lines, speaker, name):
    assert (speaker, name) in names(*lines)


def test_a_yes_joining_in_a_question_turns_to_a_third():
    found = names((2, "你到底为什么这么在乎？"), (1, "是的，小雨，你为什么这么在乎？"), (4, "因为他是我朋友！"), (2, "哦。"))
    assert ("Speaker 2", "小雨") not in found


@pytest.mark.parametrize("lines, speaker, name", [
    (((3, "两碗牛肉面。"), (2, "老马，别光顾着聊，后面还排着队呢。"), (1, "知道了知道了，这就下面。"), (3, "要快。")),
     "Speaker 1", "老马"),
    (((3, "菜齐了吗？"), (2, "还差一个汤。小敏，把汤端上来！"), (1, "来了来了！"), (3, "快点啊。")), "Speaker 1", "小敏"),
])
def test_one_who_takes_a_bidding_on_is_the_one_bid(lines, speaker, name):
    assert (speaker, name) in names(*lines)
