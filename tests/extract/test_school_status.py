"""Where one stands in school (``educationStatus``): finished or left, in English and Chinese; a later status closes
the earlier one in memory. Invented sentences."""

from __future__ import annotations

import pytest

from kg_memory import Memory
from kg_memory.types import Turn
from kg_memory.vocab import Vocabulary
from tests.extract.dialogue_facts import after, told


def _status(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in told(text) if p == "educationStatus"}


@pytest.mark.parametrize(("text", "status"), [
    ("I graduated in 2019, so I'm new at this.", "graduated"),
    ("i just graduated lol", "graduated"),
    ("i finally graduated last spring from college", "graduated"),
    ("I'm a recent college graduate.", "graduated"),
    ("i dropped out of college two years ago", "dropped out"),
    ("I decided to drop out of grad school.", "dropped out"),
    ("I quit high school to help my dad.", "dropped out"),
    ("i'm a college dropout and proud of it", "dropped out"),
    ("我去年毕业了，现在在找工作。", "graduated"),
    ("我大学没读完就退学了。", "dropped out"),
    ("我高中辍学了，出来打工。", "dropped out"),
])
def test_school_finished_or_left(text: str, status: str) -> None:
    speaker = "安娜" if text[0] == "我" else "Ann"
    assert _status(text) == {(speaker, status)}


def test_a_school_named_with_the_finish_keeps_the_school() -> None:
    facts = {(p, o) for _, p, o, _ in told("I graduated from Tulane in 2015.")}
    assert {("educatedAt", "Tulane"), ("educationStatus", "graduated")} <= facts


@pytest.mark.parametrize("text", [
    "I dropped out of the race in May.",  # an election, no school
    "I quit.",  # a job, or anything
    "I'm a graduate student in chemistry.",  # still studying
    "I never graduated from college.",
    "I haven't graduated yet.",
    "Did you graduate?",
    "If I dropped out, my parents would be furious.",
    "I graduate in June.",  # to come
    "Yeah, I graduated third grade and grew up.",  # a grade
    "我还没毕业。",
    "你毕业了吗？",
])
def test_no_status_from_a_denial_a_question_a_plan_or_another_kind_of_quitting(text: str) -> None:
    assert not _status(text)


def test_a_later_status_closes_the_earlier_one() -> None:
    now, before = after("I dropped out of college in 2015.", "Guess what, I finally graduated!", "educationStatus", "Ann")
    assert (now, before) == ({"graduated"}, {"dropped out"})


def test_the_vocabulary_has_the_status_labelled_in_both_languages() -> None:
    status = Vocabulary.load().predicate("educationStatus")
    assert status.functional and status.literal and status.domain == "Person"
    assert set(status.labels.values()) >= {"education status", "学业状况"}


@pytest.mark.parametrize(("question", "answer"), [
    ("Did Ann drop out of college?", "Ann education status dropped out"),
    ("李雷毕业了吗？", "李雷 education status graduated"),
])
def test_recall_puts_the_status_first(question: str, answer: str) -> None:
    memory = Memory()
    memory.remember([Turn("c1", "1", "Ann", "I dropped out of college in 2015. I bake bread for a living now.")])
    memory.remember([Turn("c2", "1", "李雷", "我去年毕业了，现在在银行上班。")])
    assert memory.recall(question)[0].text == answer
    memory.close()
