"""A Chinese full name called in address that jieba cuts apart (a common surname and a given name that is also a word:
启航, 佳音; or a given name of one character) names the one who answers; a full name said again after the familiar form
of its surname speaks of someone and calls no one; a relative who answers a call in a queue for the one called is not
the one called."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "speaker", "name"), [
    (((1, "孙启航，你的实验报告交了没有？"), (2, "交了，昨天下午就交了。")), "Speaker 2", "孙启航"),
    (((1, "宋佳音，你来念第三段。"), (2, "好的，老师。")), "Speaker 2", "宋佳音"),
    (((1, "许蔓，你的快递到了。"), (2, "谢谢，我马上下楼拿。")), "Speaker 2", "许蔓"),
    (((1, "赵明亮，你怎么又迟到了？"), (2, "路上堵车了，对不起。")), "Speaker 2", "赵明亮"),
])
def test_a_full_name_jieba_cuts_apart_names_the_one_called(lines: tuple[tuple[int, str], ...], speaker: str,
                                                            name: str) -> None:
    got = facts(*lines)
    assert (speaker, "alternateName", name) in got, got


@pytest.mark.parametrize("lines", [
    ((1, "钱德是你的朋友，你别忘了。"), (2, "我知道。")),
    ((1, "上回你不是说要来吗？"), (2, "那天下雨了。")),
    ((1, "白天你都在干什么？"), (2, "上班啊。")),
])
def test_a_surname_that_begins_a_clause_or_a_word_calls_no_one(lines: tuple[tuple[int, str], ...]) -> None:
    got = facts(*lines)
    assert not any(p in ("name", "alternateName") for s, p, o in got), got


def test_a_full_name_said_again_after_its_familiar_form_calls_no_one() -> None:
    got = facts((1, "汤凉了没有？"), (2, "周师傅，再等两分钟吧。"),
                (3, "今天的新娘是我们科室的小秦，秦雨桐，在药房上班。"), (1, "好，先上凉菜。"))
    assert not any(s.startswith("Speaker") and o == "秦雨桐" for s, p, o in got), got


def test_a_relative_answering_for_the_one_called_is_not_them() -> None:
    got = facts((1, "下一位，孙秀英！孙秀英在吗？"), (2, "在这儿。我妈腿脚不方便，我替她说。"), (1, "老人家哪里不舒服？"))
    assert ("Speaker 2", "alternateName", "孙秀英") not in got, got
