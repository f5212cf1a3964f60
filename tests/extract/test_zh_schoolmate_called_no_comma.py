"""A schoolmate called without a comma before or after an apology, thanks or a question (学姐对不起, 对不起学长, 师兄请问……)
is called as 学姐，对不起 is (:mod:`kg_memory.extract.chinese.called`). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("reply", ["学长对不起，我们这就走。", "对不起学姐，我下次注意。", "师兄请问打印机在哪儿？",
                                   "学姐谢谢，我明白了。"])
def test_a_schoolmate_called_without_a_comma_is_the_one_spoken_to(reply):
    got = facts((1, "图书馆里不许吃东西，收起来。"), (2, reply), (1, "下不为例。"))
    assert ("Speaker 2", "classmate", "Speaker 1") in got


@pytest.mark.parametrize("reply", ["我学姐对不起我，借钱不还。", "学姐说她对不起我。", "如果学长对不起你呢？"])
def test_a_schoolmate_spoken_of_is_no_call(reply):
    got = facts((1, "怎么了？"), (2, reply), (1, "唉。"))
    assert ("Speaker 2", "classmate", "Speaker 1") not in got


def test_one_who_says_they_are_no_schoolmate_is_none():
    got = facts((1, "图书馆里不许吃东西。"), (2, "学长对不起，我们马上收。"), (1, "谁是你学长，我是来复习的。"))
    assert ("Speaker 2", "classmate", "Speaker 1") not in got
