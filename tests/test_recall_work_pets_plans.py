"""Everyday questions about someone's work, pets, plans and boss are read as relation questions (they were
not, or were misread: "What does Ann do for a living?" asked where Ann lives), and answered from facts."""

from __future__ import annotations

import pytest

from kg_memory import Entity, Fact, Memory
from kg_memory.recall import RecallConfig
from kg_memory.recall.relations import parse_question

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests
WORK = frozenset({"jobTitle", "worksFor"})


@pytest.mark.parametrize(("question", "subject", "hops", "past"), [
    ("What does Ann do?", "Ann", (WORK,), False),
    ("What does Ann do for a living?", "Ann", (WORK,), False),
    ("What does Ann do for work?", "Ann", (WORK,), False),  # was worksFor alone: the job is the first answer
    ("What did Ann do for a living?", "Ann", (WORK,), True),
    ("What does Ann's husband do?", "Ann", (frozenset({"spouse"}), WORK), False),
    ("安娜是做什么的？", "安娜", (WORK,), False),
    ("安娜做什么工作？", "安娜", (WORK,), False),
    ("安娜的工作是什么？", "安娜", (WORK,), False),
    ("安娜的老公是做什么的？", "安娜", (frozenset({"spouse"}), WORK), False),
    ("Does Ann have any pets?", "Ann", (frozenset({"hasPet"}),), False),
    ("安娜养了什么宠物？", "安娜", (frozenset({"hasPet"}),), False),
    ("What are Ann's plans?", "Ann", (frozenset({"goal"}),), False),
    ("安娜的计划是什么？", "安娜", (frozenset({"goal"}),), False),
    ("Who is Ann's manager?", "Ann", (frozenset({"boss"}),), False),
    ("安娜的老板是谁？", "安娜", (frozenset({"boss"}),), False),
])
def test_work_pet_plan_and_boss_questions_name_their_relations(question: str, subject: str,
                                                               hops: tuple[frozenset[str], ...], past: bool) -> None:
    ask = parse_question(question)
    assert ask is not None and (ask.subject, ask.hops, ask.past) == (subject, hops, past), ask


@pytest.mark.parametrize("question", [
    "What did Ann do?",  # what she did then, not her job
    "What does Ann do on weekends?",
])
def test_what_someone_did_or_does_at_a_time_is_no_work_question(question: str) -> None:
    ask = parse_question(question)
    assert ask is None or not ask.hops[-1] & WORK, ask


@pytest.mark.parametrize(("question", "answer"), [
    ("What does Ann's husband do?", "bank"),
    ("安娜的老公是做什么的？", "银行"),
    ("What does Ann do for a living?", "product manager"),
    ("Does Ann have any pets?", "Biscuit"),
    ("Who is Ann's manager?", "Linda"),
])
def test_the_fact_asked_for_comes_first(question: str, answer: str) -> None:
    ann, an = Entity("Ann", "Person"), Entity("安娜", "Person")
    facts = [Fact(ann, "jobTitle", "product manager"), Fact(ann, "spouse", Entity("Ann's husband", "Person")),
             Fact(Entity("Ann's husband", "Person"), "worksFor", Entity("bank", "Organization")),
             Fact(ann, "hasPet", Entity("Biscuit", "Animal")), Fact(ann, "boss", Entity("Linda", "Person")),
             Fact(ann, "livesIn", Entity("Berlin", "Place")),
             Fact(an, "spouse", Entity("安娜的老公", "Person")),
             Fact(Entity("安娜的老公", "Person"), "worksFor", Entity("银行", "Organization"))]
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(facts)
        top = memory.recall(question, 3)[0]
    assert top.fact is not None and str(getattr(top.fact.object, "label", top.fact.object)) == answer, top
