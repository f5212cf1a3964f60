"""A relative asked about is the one the reply's "he"/"she" (他/她) means: "Is your girlfriend in Boston too?" - "Yes,
she teaches English at a high school." is about the replier's girlfriend, not about the replier."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(question: str, reply: str, *others: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bot", question), Turn("c", "2", "Ann", reply)]
    turns += [Turn("c", str(3 + i), "Cy", text) for i, text in enumerate(others)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("Is your girlfriend in Boston too?", "Yes, she teaches English at a high school.",
     ("Ann's girlfriend", "worksFor", "high school")),
    ("How old is your son now?", "He is 12 and he plays the violin.", ("Ann's son", "skill", "violin")),
    ("你女朋友也在北京吧？", "对，她在一所中学当英语老师。", ("Ann的女朋友", "jobTitle", "英语老师")),
    ("你弟弟来了吗？", "没有，他总是迟到。", ("Ann的弟弟", "habit", "迟到")),
])
def test_the_pronoun_of_the_reply_is_the_relative_asked_about(question: str, reply: str, fact: tuple[str, str, str]) -> None:
    found = facts(question, reply)
    assert fact in found, found
    assert not any(s == "Ann" and p == fact[1] for s, p, _ in found), found  # not the replier's own


@pytest.mark.parametrize(("question", "reply"), [
    ("Are your mom and dad coming?", "Yes, she is bringing pie."),  # two asked about: unsure whom "she" means
    ("Is your wife's sister in town?", "Yes, she teaches at a high school."),  # the sister, not the wife
])
def test_no_relative_when_the_question_asks_of_two_or_of_another(question: str, reply: str) -> None:
    assert not any(s.startswith("Ann's") for s, _, _ in facts(question, reply)), facts(question, reply)


def test_in_a_group_the_one_asked_is_unsure() -> None:
    found = facts("Is your girlfriend in Boston too?", "Yes, she teaches English at a high school.", "Cool.")
    assert not any(s == "Ann's girlfriend" for s, _, _ in found), found


def test_the_relative_asked_about_and_named_in_the_reply_is_the_repliers() -> None:
    assert ("Ann", "child", "小宝") in facts("这是你的儿子吗？", "是的，他叫小宝。")
