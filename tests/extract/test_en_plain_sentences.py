"""Plain sentences a first user types (issue 13): a relative named after the noun, phone introductions, a job
and home town after one's name, a name called out after "I know", lower-case full names, "go by"/"call me"."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i + 1), "Ann" if i % 2 == 0 else "Bob", t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), [
    ("My mother is named Linda and she lives in Rome.", "Linda", "livesIn", "Rome"),
    ("My sister is called Emma and she works at Google.", "Emma", "worksFor", "Google"),
    ("My brother's name is Max and he is a doctor.", "Max", "jobTitle", "doctor"),
    ("My father, Tom, lives in Madrid.", "Tom", "livesIn", "Madrid"),
])
def test_what_a_named_relative_does_goes_on_the_name(text: str, subject: str, predicate: str, obj: str) -> None:
    facts = _facts(text)
    assert (subject, predicate, obj) in facts
    assert not any(s.startswith("Ann's ") for s, _, _ in facts), facts


@pytest.mark.parametrize(("text", "name"), [
    ("Hello, this is Oliver Baker speaking.", "Oliver Baker"),
    ("Hi, this is Dr. Green.", "Dr. Green"),
    ("hello , this is mike speaking", "mike"),
])
def test_a_phone_introduction_names_the_speaker(text: str, name: str) -> None:
    assert ("Ann", "name", name) in _facts(text)


@pytest.mark.parametrize("text", [
    "Oh, this is Monica.",  # introducing someone else
    "Hi, this is great.",
    "Umm hi, this is Rachel Green. I'm Ross Geller.",  # the speaker is Ross
])
def test_this_is_someone_else_is_no_name_of_the_speaker(text: str) -> None:
    names = {o for s, p, o in _facts(text) if s == "Ann" and p == "name"}
    assert names <= {"Ross Geller"}


def test_a_caller_from_a_firm_works_there_but_not_from_a_city() -> None:
    assert ("Ann", "worksFor", "Empire Office Supplies") in _facts(
        "Hi, this is Phoebe from Empire Office Supplies, can I speak to your supply manager please?")
    assert not any(p == "worksFor" for _, p, _ in _facts("Hi, this is Tom from Boston."))


@pytest.mark.parametrize("text", ["I am Jennifer Walker, a nurse from Leeds.", "Hi, I'm Jennifer Walker, a nurse from Leeds."])
def test_a_job_and_home_town_after_ones_name_are_kept(text: str) -> None:
    facts = _facts(text)
    assert {("Ann", "name", "Jennifer Walker"), ("Ann", "jobTitle", "nurse"), ("Ann", "hometown", "Leeds")} <= facts


def test_a_name_called_out_after_i_know_is_not_someone_known() -> None:
    assert not any(p == "knows" for _, p, _ in _facts("I know Mike, why don't you keep digging?"))
    assert ("Ann", "knows", "Pete") in _facts("I know Pete, he's friends with my brother.")


@pytest.mark.parametrize(("text", "name"), [
    ("my name is john smith", "john smith"),
    ("my name is john smith and i am a nurse", "john smith"),
    ("i go by jim", "jim"),
    ("You can call me JJ.", "JJ"),  # "Everyone calls me JJ": a nickname (test_names_boss_dating.py)
])
def test_names_in_lower_case_and_nicknames(text: str, name: str) -> None:
    assert {o for s, p, o in _facts(text) if p == "name"} == {name}


@pytest.mark.parametrize("text", ["i go by many", "i go by many names", "i go by bus", "call me later", "call me crazy",
                                  "Please laugh for mommy. My name is mommy and I'm here to say.",
                                  "Oh uh-uh pal! Don't call me mommy!", "Don't call me Jim."])
def test_words_after_go_by_and_call_me_that_are_no_names(text: str) -> None:
    assert not any(p == "name" for _, p, _ in _facts(text))


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("I'm Tom. I work in sales.", {("Ann", "worksFor", "sales")}, set()),  # the trade, as PersonaExt reads it
    ("I work in marketing at a bank.", {("Ann", "worksFor", "bank")}, {("Ann", "worksFor", "marketing")}),
    ("We live in a small flat in Camden.", {("Ann", "livesIn", "Camden")}, {("Ann", "livesIn", "small flat")}),
    ("I've got two daughters, Amy and Beth.", {("Ann", "child", "Amy"), ("Ann", "child", "Beth")}, set()),
    ("Rex is my dog.", {("Ann", "hasPet", "Rex")}, {("Ann", "hasPet", "Ann's dog")}),
    ("Rex is my dog and Luna is my cat.", {("Ann", "hasPet", "Rex"), ("Ann", "hasPet", "Luna")}, set()),
])
def test_work_home_children_and_pets_said_plainly(text: str, expected: set, not_expected: set) -> None:
    facts = _facts(text)
    assert expected <= facts
    assert not facts & not_expected, facts
