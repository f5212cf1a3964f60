"""A Chinese reply that opens by calling the one who asked ("阿姨，长沙的。", "叔叔，我是四川人。") answers with what
follows the call: the call is neither the answer nor a place; a reply that is a statement of its own ("我在区医院当护士，
天天值夜班。") is read as it is, with its job."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("question", "reply", "place"), [
    ("你老家是哪儿的？", "阿姨，我是湖南人，长沙的。", "湖南"),
    ("小伙子，你是哪里人？", "叔叔，我是四川人。", "四川"),
    ("你老家在哪里？", "王老师，山东的。", "山东"),
    ("你是哪儿人啊？", "妈，我是福建人。", "福建"),
])
def test_a_call_opening_a_reply_is_no_hometown(question: str, reply: str, place: str) -> None:
    got = facts((2, question), (1, reply))
    homes = {o for s, p, o in got if s == "Speaker 1" and p == "hometown"}
    assert homes == {place}, got


def test_a_place_before_a_comma_is_still_the_answer() -> None:
    got = facts((2, "你住哪儿？"), (1, "上海，浦东那边。"))
    assert ("Speaker 1", "livesIn", "上海") in got, got


@pytest.mark.parametrize(("question", "reply", "job", "employer"), [
    ("你在哪儿上班啊？", "我在区医院当护士，天天值夜班。", "护士", "区医院"),
    ("你在哪里工作？", "我在一所小学当老师，教数学。", "老师", "小学"),
])
def test_a_reply_that_says_the_job_keeps_it(question: str, reply: str, job: str, employer: str) -> None:
    got = facts((2, question), (1, reply))
    assert ("Speaker 1", "jobTitle", job) in got, got
    assert any(s == "Speaker 1" and p == "worksFor" and employer in o for s, p, o in got), got
