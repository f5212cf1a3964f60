"""A friend asks casually and the reply tells a fact: "Where'd you grow up?" - "Kansas, near Wichita." says where the
one replying grew up; "Is your dad still in Reno?" - "nope, he moved to Boise" where her dad lives; 你姐现在住哪？ -
"厦门，嫁过去了" where her sister lives. Guesses, hedges and fillers around the question or the reply are not the fact;
a no without a place, a question about something else, and a reply to nobody's question give nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn

WHEN = datetime(2026, 5, 1, 9, 0)


def _facts(*said: str) -> set[tuple[str, str, str]]:
    """The facts of a chat of two, turns alternating between the friend and the one replying."""
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in "".join(said))
    friend, me = ("小凯", "安娜") if zh else ("Cal", "Ann")
    turns = [Turn("c", str(i), (friend, me)[i % 2], text, WHEN) for i, text in enumerate(said)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("Where'd you grow up?", "Kansas, near Wichita.", ("Ann", "hometown", "Kansas")),
    ("Where are you living these days, Austin?", "well, technically Round Rock", ("Ann", "livesIn", "Round Rock")),
    ("What's your wife do?", "she's a dentist", ("Ann's wife", "jobTitle", "dentist")),
    ("What's your brother up to these days?", "he's an electrician now", ("Ann's brother", "jobTitle", "electrician")),
    ("Where's your sister living?", "Tampa", ("Ann's sister", "livesIn", "Tampa")),
    ("What's your son's name again?", "Owen", ("Ann", "child", "Owen")),
    ("What kind of books are you into?", "mostly thrillers lately", ("Ann", "likes", "thrillers")),
    ("Who's your roommate?", "Keiko, we met at work", ("Ann", "roommate", "Keiko")),
    ("What car did you end up buying?", "a Honda Civic", ("Ann", "owns", "Honda Civic")),
    ("Are you still in Denver?", "yep, same old apartment", ("Ann", "livesIn", "Denver")),
    ("Is your dad still in Reno?", "nope, he moved to Boise last fall", ("Ann's dad", "livesIn", "Boise")),
    ("你老婆是干嘛的？", "会计，在银行", ("安娜的老婆", "jobTitle", "会计")),
    ("你舅舅是做什么的？", "开货车的", ("安娜的舅舅", "jobTitle", "开货车的")),
    ("你姐现在住哪？", "厦门，嫁过去了", ("安娜的姐姐", "livesIn", "厦门")),
    ("你住哪儿来着？朝阳？", "准确说是通州，离朝阳不远", ("安娜", "livesIn", "通州")),
    ("你对啥过敏不？", "花粉，一到春天就难受", ("安娜", "trait", "对花粉过敏")),
    ("你现在做什么工作？", "当医生，在儿童医院", ("安娜", "jobTitle", "医生")),
    ("你室友是谁啊？", "小雨，大学同学", ("安娜", "roommate", "小雨")),
    ("你还在广州吗？", "嗯，还在", ("安娜", "livesIn", "广州")),
    ("你哥还在深圳吗？", "在的，开了家面馆", ("安娜的哥哥", "livesIn", "深圳")),
    ("你爸妈还住上海吗？", "不了，搬到苏州了", ("安娜的爸妈", "livesIn", "苏州")),
    ("你家孩子多大了？", "女儿今年五岁了", ("安娜的女儿", "age", "5")),
    ("You married?", "yep, 8 years in May", ("Ann", "maritalStatus", "married")),
    ("What are you studying?", "law at Temple", ("Ann", "fieldOfStudy", "law")),
    ("你换车了？", "对，买了辆宝马", ("安娜", "owns", "宝马")),
    ("你还在读书吗？", "没，毕业了，在医院上班", ("安娜", "worksFor", "医院")),
    ("你是哪里人？", "四川的，绵阳", ("安娜", "hometown", "四川绵阳")),
])
def test_a_casual_question_and_its_reply_tell_a_fact(question: str, reply: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(question, reply)


def test_a_name_asked_bare_is_of_the_relative_asked_before() -> None:
    # 老公叫啥？ without 你: in a chat of two, the one spoken to's husband
    assert ("安娜", "spouse", "张伟") in _facts("你结婚了没？", "结了，去年十月", "老公叫啥？", "张伟")


def test_a_reply_to_a_short_follow_up_opening_with_a_relative_is_the_replier_s() -> None:
    assert ("安娜", "partner", "大伟") in _facts("你还跟小林在一起吗？", "早分了", "啊？", "现在男朋友叫大伟")


def test_a_question_with_no_subject_is_to_the_one_spoken_to() -> None:
    assert ("安娜", "hobby", "学吉他") in _facts("最近在忙啥？", "学吉他呢，报了个班")
    assert not {f for f in _facts("他最近在忙啥？", "学吉他呢，报了个班") if f[0] == "安娜"}


@pytest.mark.parametrize(("question", "reply"), [
    ("Are you still in Denver?", "nope"),  # no place now: nothing, and not Denver
    ("Are you still in Denver?", "not really, it's complicated"),
    ("Where are you living these days, Austin?", "well"),
    ("你还在那家医院吗？", "嗯，还在"),  # a hospital, not a home
    ("你还在读书吗？", "嗯"),
    ("你哥还在深圳吗？", "不知道"),
    ("你家孩子多大了？", "你儿子多大了？"),  # asked back
])
def test_no_fact_where_the_reply_tells_none(question: str, reply: str) -> None:
    found = _facts(question, reply)
    assert not {f for f in found if f[1] in ("livesIn", "age", "jobTitle")}, found


def test_a_reply_opening_with_a_relative_is_not_read_without_a_question_to_the_one_replying() -> None:
    # 儿子 opens a reply to a question about someone else: not the replier's son
    assert ("安娜的儿子", "age", "6") not in _facts("小李家孩子多大了？", "儿子今年六岁了")
