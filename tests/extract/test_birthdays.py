"""Birthdays told without a year, in English and Chinese: the ``birthday`` (a MonthDay) of the speaker or of the person
named, "today"/"tomorrow" read against the turn's time; a full date stays the ``birthDate``; questions, negations,
conditions, wishes, months alone, the lunar calendar and birthdays as occasions give nothing. Then recall: the
birthday answers "When is Alice's birthday?" and "Alice的生日是哪天？"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract.monthdays import find_day, read_day
from kg_memory.recall import RecallConfig
from kg_memory.types import MonthDay

NOW = datetime(2024, 3, 10, 12, 0)  # the turns' time (tests/extract/conftest.py)


def _birthdays(facts) -> set[tuple[str, str, object]]:
    """(subject, predicate, value) of the facts about birth days."""
    return {(f.subject.label, f.predicate, f.object) for f in facts if f.predicate in ("birthday", "birthDate")}


@pytest.mark.parametrize("text, expected", [
    ("My birthday is May 5th.", ("Ann", "birthday", MonthDay(5, 5))),
    ("My birthday is on the 3rd of March.", ("Ann", "birthday", MonthDay(3, 3))),
    ("my birthday's june 21, and I love cake", ("Ann", "birthday", MonthDay(6, 21))),
    ("My birthday falls on the twenty-first of June.", ("Ann", "birthday", MonthDay(6, 21))),
    ("My birthday is 12/25.", ("Ann", "birthday", MonthDay(12, 25))),
    ("It's my birthday today!", ("Ann", "birthday", MonthDay(3, 10))),
    ("Today is my birthday.", ("Ann", "birthday", MonthDay(3, 10))),
    ("My birthday is tomorrow.", ("Ann", "birthday", MonthDay(3, 11))),
    ("I was born on May 5th.", ("Ann", "birthday", MonthDay(5, 5))),
    ("Bob's birthday is on February 29th.", ("Bob", "birthday", MonthDay(2, 29))),
    # a year said with it: the date of birth, unless it is this year's birthday
    ("I was born on May 5, 1990.", ("Ann", "birthDate", date(1990, 5, 5))),
    ("My birthday is 1990-05-05.", ("Ann", "birthDate", date(1990, 5, 5))),
    ("My birthday is May 5, 2024.", ("Ann", "birthday", MonthDay(5, 5))),
])
def test_english_birthdays_of_the_speaker(say, text, expected):
    assert _birthdays(say(text)) == {expected}


def test_english_birthday_of_a_relative_is_theirs_and_says_how_they_are_related(say, triples):
    found = triples(say("My sister's birthday is June 2."))
    assert ("Ann's sister", "birthday", MonthDay(6, 2)) in found
    assert ("Ann", "sibling", "Ann's sister") in found
    assert ("Ann", "birthday", MonthDay(6, 2)) not in found
    named = triples(say("My friend Tom's birthday is on the 2nd of June."))
    assert {("Tom", "birthday", MonthDay(6, 2)), ("Ann", "friend", "Tom")} <= named


def test_a_day_before_a_relatives_birthday_is_no_name_of_theirs(say, triples):
    found = triples(say("Tomorrow is my dad's birthday!"))
    assert found == {("Ann", "parent", "Ann's dad"), ("Ann's dad", "birthday", MonthDay(3, 11))}
    assert triples(say("Today is my sister's wedding.")) == set()  # no sister named Today


@pytest.mark.parametrize("text", [
    "Is your birthday in May?",
    "What's your birthday?",
    "When is your birthday?",
    "If my birthday were on Christmas, I'd be sad.",
    "If my birthday is May 5th, I will be happy.",
    "My birthday party was fun.",
    "I bought a birthday cake.",
    "My birthday isn't in May.",
    "My birthday is not May 5th.",
    "Ann's birthday is in June.",  # a month alone
    "My birthday is on the 5th.",  # a day alone
    "My birthday is 3/12.",  # March or December
    "It is my birthday.",  # no day said
    "I wish my birthday was May 5th.",
])
def test_english_lines_that_tell_no_birthday(say, text):
    assert _birthdays(say(text)) == set()


def test_today_needs_the_time_of_the_turn(say):
    assert _birthdays(say("It's my birthday today!", time=None)) == set()


@pytest.mark.parametrize("text, expected", [
    ("我的生日是五月五日。", ("安娜", "birthday", MonthDay(5, 5))),
    ("我的生日是5月5号。", ("安娜", "birthday", MonthDay(5, 5))),
    ("我生日在三月三号。", ("安娜", "birthday", MonthDay(3, 3))),
    ("今天是我的生日！", ("安娜", "birthday", MonthDay(3, 10))),
    ("我明天过生日。", ("安娜", "birthday", MonthDay(3, 11))),
    ("我是五月五日出生的。", ("安娜", "birthday", MonthDay(5, 5))),
    ("我五月五日出生。", ("安娜", "birthday", MonthDay(5, 5))),
    ("张三的生日是十二月二十五日。", ("张三", "birthday", MonthDay(12, 25))),
    # with the year: the date of birth
    ("我是1990年5月5日出生的。", ("安娜", "birthDate", date(1990, 5, 5))),
    ("我的生日是1990年5月5日。", ("安娜", "birthDate", date(1990, 5, 5))),
    ("我1990年5月3日出生。", ("安娜", "birthDate", date(1990, 5, 3))),
])
def test_chinese_birthdays(say, text, expected):
    assert _birthdays(say(text, speakers=("安娜", "鲍勃"))) == {expected}


def test_chinese_birthday_of_a_relative_is_theirs(say, triples):
    found = triples(say("我妹妹的生日是六月二日。", speakers=("安娜", "鲍勃")))
    assert found == {("安娜", "sibling", "安娜的妹妹"), ("安娜的妹妹", "birthday", MonthDay(6, 2))}


@pytest.mark.parametrize("text", [
    "你的生日是几号？",
    "你的生日是五月五日吗？",
    "生日快乐！",
    "我的生日派对很好玩。",
    "我的生日不是五月五日。",
    "我的生日在五月。",
    "我的生日是农历五月初五。",  # the lunar calendar: another solar day each year
    "我的生日是农历五月五日。",
    "如果我的生日是五月五日，我会很开心。",
    "我希望我的生日是五月五日。",
    "我不是五月五日出生的。",
])
def test_chinese_lines_that_tell_no_birthday(say, text):
    assert _birthdays(say(text, speakers=("安娜", "鲍勃"))) == set()


def test_a_day_is_read_one_way_only():
    assert read_day("5/5") == MonthDay(5, 5) and read_day("25/12") == MonthDay(12, 25)
    assert read_day("3/12") is None and read_day("February 30") is None
    assert read_day("十二月二十五号", lang="zh") == MonthDay(12, 25)
    assert find_day("她说我阴历八月十五日出生", lang="zh") is None


LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")


@pytest.mark.parametrize("said, speaker, questions", [
    ("My birthday is May 5th.", "Alice", ["When is Alice's birthday?", "When was Alice born?", "What is Alice's birthday?"]),
    ("我的生日是五月五日。", "小明", ["小明的生日是哪天？", "小明的生日是什么时候？", "小明什么时候出生的？"]),
])
def test_recall_answers_with_the_birthday_first(said, speaker, questions):
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember([Turn("c1", "1", speaker, said, NOW),
                         Turn("c1", "2", "Bob", "I live in Paris and I was born in Lyon.", NOW)])
        for question in questions:
            first = memory.recall(question)[0]
            assert first.fact is not None, question
            assert (first.fact.subject.label, first.fact.predicate, first.fact.object) == (
                speaker, "birthday", MonthDay(5, 5)), question
        assert "May 5" in memory.context(questions[0])


def test_recall_finds_a_full_birth_date_for_a_birthday_question():
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember([Turn("c1", "1", "Alice", "I was born on May 5, 1990.", NOW)])
        first = memory.recall("When is Alice's birthday?")[0]
        assert first.fact is not None and first.fact.object == date(1990, 5, 5)
