"""Everyday statements, fourth round, in English and Chinese: a retired job (我妈妈是一名退休教师, as "My mom is a
retired nurse": the job held no more) and retiring (我已经退休了, as "I'm retired": the title 退休 beside the ended
employer); a pet that died ("Our dog passed away last year", 我们家的狗去年去世了: ``hasPet`` ends) and a relative
who died (我奶奶去年去世了: deceased, not a visit to 世); the named relative of someone just mentioned ("I met Tom.
His sister Ana lives in Paris."); the name of a thing liked ("a fan of this new show called Severance"); a name and
a nickname in one clause ("My name is Anna, call me Annie"). Each with look-alike lines (questions, negations,
hypotheticals, other people) that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told as _facts


@pytest.mark.parametrize(("text", "who", "job"), [
    ("我妈妈是一名退休教师。", "安娜的妈妈", "教师"),
    ("我是退休医生。", "安娜", "医生"),
    ("My mom is a retired nurse.", "Ann's mom", "nurse"),
])
def test_a_retired_job_is_a_job_held_no_more(text: str, who: str, job: str) -> None:
    facts = _facts(text)
    assert (who, "jobTitle", job, True) in facts, facts
    assert not any(p == "jobTitle" and not ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize("text", ["我妈妈不是退休教师。", "我妈妈是退休人员吗？", "如果我妈妈是退休教师就好了。"])
def test_no_retired_job_where_none_is_held(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "who", "title"), [
    ("我已经退休了。", "安娜", "退休"),
    ("我爸爸去年退休了。", "安娜的爸爸", "退休"),
    ("I'm retired.", "Ann", "retired"),
])
def test_retiring_leaves_the_title_retired(text: str, who: str, title: str) -> None:
    facts = _facts(text)
    assert (who, "jobTitle", title, False) in facts and (who, "worksFor", who, True) in facts, facts


@pytest.mark.parametrize("text", ["我没有退休。", "我想退休。", "我什么时候能退休？"])
def test_no_retirement_not_said(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "pet"), [
    ("Our dog passed away last year.", "Ann's dog"),
    ("My dog died last year.", "Ann's dog"),
    ("Our dog Max passed away.", "Max"),
    ("My cat was put down last week.", "Ann's cat"),
    ("我们家的狗去年去世了。", "安娜的狗"),
    ("我的狗去年死了。", "安娜的狗"),
    ("我家的猫去世了。", "安娜的猫"),
])
def test_a_pet_that_died_is_had_no_more(text: str, pet: str) -> None:
    facts = _facts(text)
    owner = "安娜" if "安娜" in pet else "Ann"
    assert (owner, "hasPet", pet, True) in facts, facts
    assert not any(p == "hasPet" and not ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize("text", ["My dog did not die.", "My dog almost died.", "My dog passed the test.",
                                  "我的狗快死了。", "我的狗没死。", "我家的猫很胖。"])
def test_a_pet_alive_is_still_had(text: str) -> None:
    facts = _facts(text)
    assert any(p == "hasPet" and not ended for _, p, _, ended in facts), facts
    assert not any(p == "hasPet" and ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize("text", ["If my dog died I would cry.", "如果我的狗死了我会哭。", "他们家的狗死了。"])
def test_no_pet_ended_by_a_death_imagined_or_of_others(text: str) -> None:
    assert not any(p == "hasPet" and ended for _, p, _, ended in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "who"), [("我奶奶去年去世了。", "安娜的奶奶"), ("我爷爷两年前过世了。", "安娜的爷爷")])
def test_a_relative_who_died_is_deceased_not_a_visit(text: str, who: str) -> None:
    facts = _facts(text)
    assert (who, "trait", "deceased", False) in facts, facts
    assert not any(p == "visited" for _, p, _, _ in facts), facts
    assert not any(o == "两年前" for _, _, o, _ in facts), facts


@pytest.mark.parametrize("text", ["我快累死了。", "我妈妈快气死了。", "我奶奶没去世。"])
def test_no_death_in_a_manner_of_speaking(text: str) -> None:
    assert not any(o == "deceased" for _, _, o, _ in _facts(text)), _facts(text)


def test_a_relative_moving_some_years_ago_is_not_named_by_the_time() -> None:
    facts = _facts("我爷爷两年前搬到了北京。")
    assert ("安娜的爷爷", "livesIn", "北京", False) in facts, facts


@pytest.mark.parametrize(("text", "owner", "predicate", "name", "then"), [
    ("I met Tom. His sister Ana lives in Paris.", "Tom", "sibling", "Ana", ("Ana", "livesIn", "Paris", False)),
    ("I met Sue. Her brother Bob works at Google.", "Sue", "sibling", "Bob", ("Bob", "worksFor", "Google", False)),
])
def test_the_named_relative_of_someone_just_mentioned(text: str, owner: str, predicate: str, name: str,
                                                      then: tuple[str, str, str, bool]) -> None:
    facts = _facts(text)
    assert (owner, predicate, name, False) in facts and then in facts, facts


@pytest.mark.parametrize("text", ["His sister Ana lives in Paris.", "I met Tom. Does his sister Ana live in Paris?"])
def test_no_relative_of_nobody_or_asked(text: str) -> None:
    assert not any(p == "sibling" for _, p, _, _ in _facts(text)), _facts(text)


@pytest.mark.parametrize(("text", "liked"), [
    ("I'm a fan of this new show called Severance.", "Severance"),
    ("I love this new show called Severance.", "Severance"),
    ("I'm a big fan of a band called The Killers.", "The Killers"),
])
def test_the_name_of_a_thing_liked(text: str, liked: str) -> None:
    liked_now = {o for _, p, o, ended in _facts(text) if p == "likes" and not ended}
    assert liked_now == {liked}, _facts(text)


@pytest.mark.parametrize(("text", "name", "nickname"), [
    ("My name is Anna, call me Annie.", "Anna", "Annie"),
    ("My name is Robert, but call me Bob.", "Robert", "Bob"),
])
def test_a_name_and_a_nickname_in_one_clause(text: str, name: str, nickname: str) -> None:
    facts = _facts(text)
    assert ("Ann", "name", name, False) in facts and ("Ann", "alternateName", nickname, False) in facts, facts


@pytest.mark.parametrize("text", ["My name is Ann, nobody calls me Annie.", "My name is Ann, call me later."])
def test_no_nickname_not_given(text: str) -> None:
    assert not any(p == "alternateName" for _, p, _, _ in _facts(text)), _facts(text)
