""""He" and "she" follow the gender of a first name ("Tom", "Emma") when nothing else tells it, so that a fact
about "she" is not pinned on the only man named before."""

from __future__ import annotations

import pytest

from kg_memory import Turn
from kg_memory.extract import RuleExtractor
from kg_memory.extract.pronouns import gender_of_name


def triples(text: str) -> set[tuple[str, str, str]]:
    facts = RuleExtractor().extract([Turn("c", "1", "Ann", text)])
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object))) for f in facts}


@pytest.mark.parametrize(("name", "gender"), [
    ("Emma", "female"), ("Rachel Green", "female"), ("Maria", "female"), ("Tom", "male"), ("Ross", "male"),
    ("Richard", "male"), ("Kim", None), ("Chandler", None), ("张三", None), ("", None), ("Speaker 2", None),
    ("李娜", "female"), ("陈静", "female"), ("王小明", "male"), ("阿杰", "male"), ("欧阳秀英", "female"), ("莫妮卡", None),
])
def test_the_gender_of_a_first_name(name, gender):
    assert gender_of_name(name) == gender


@pytest.mark.parametrize(("text", "wrong"), [
    ("I saw Tom and Emma yesterday. She is pregnant.", ("Tom", "trait", "pregnant")),
    ("I had lunch with Jake and Rachel. She just got a job at Google.", ("Jake", "worksFor", "Google")),
])
def test_she_is_not_the_man_named_before(text, wrong):
    assert wrong not in triples(text)


def test_he_is_the_man_named_before_not_the_woman_named_last():
    found = triples("My neighbor Tom is great. My cousin Emily visited too. He lives in Boston.")
    assert ("Tom", "livesIn", "Boston") in found and ("Emily", "livesIn", "Boston") not in found


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("我朋友李娜和王磊昨天来了。她是护士。", ("李娜", "jobTitle", "护士"), ("王磊", "jobTitle", "护士")),
    ("我朋友李娜和王磊昨天来了。他是医生。", ("王磊", "jobTitle", "医生"), ("王磊昨", "jobTitle", "医生")),
])
def test_ta_follows_the_gender_of_a_chinese_given_name(text, right, wrong):
    found = triples(text)
    assert right in found and wrong not in found


def test_a_said_gender_wins_over_the_name():
    # "my sister Sam": Sam is mostly a man's name, but the speaker says sister
    assert ("Sam", "livesIn", "Oslo") in triples("My sister Sam is so brave. She lives in Oslo.")
