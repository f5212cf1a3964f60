"""In Chinese a relative or pet said to be had is the topic of the clauses after it that have no subject of
their own: 我们有一个儿子，今年五岁了 says the son is five. Before, such a clause was read as the speaker's own
(the speaker was five, worked in Beijing, was a nurse)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def said(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Bob", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("我们有一个儿子，今年五岁了。", ("Bob的儿子", "age", "5")),
    ("我有一只猫，已经十岁了。", ("Bob的猫", "age", "10")),
    ("我有一个哥哥，叫大伟，今年四十岁。", ("大伟", "age", "40")),
    ("我有一个儿子，在北京工作。", ("Bob的儿子", "workLocation", "北京")),
    ("我有一个妹妹，住在上海，是一名护士。", ("Bob的妹妹", "jobTitle", "护士")),  # the clause after the next too
    ("我有个弟弟，也在腾讯上班。", ("Bob的弟弟", "worksFor", "腾讯")),
])
def test_a_clause_without_subject_after_a_relative_had_is_about_the_relative(text: str,
                                                                             fact: tuple[str, str, str]) -> None:
    facts = said(text)
    assert fact in facts
    assert not any(s == "Bob" and p == fact[1] for s, p, _ in facts), facts  # nothing of the kind for the speaker


@pytest.mark.parametrize(("text", "fact"), [
    ("我有一个女儿，我今年三十岁。", ("Bob", "age", "30")),  # 我 names the speaker again
    ("我今年三十岁，有一个儿子。", ("Bob", "age", "30")),  # the age is told before the son
    ("我儿子五岁，我三十五岁。", ("Bob", "age", "35")),
    ("我有一个姐姐，她住在广州。", ("Bob的姐姐", "livesIn", "广州")),  # 她: as before
])
def test_a_clause_with_its_own_subject_keeps_it(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said(text)


def test_the_age_of_several_children_is_nobody_s_the_rules_can_name() -> None:
    assert not any(p == "age" for _, p, _ in said("我有两个孩子，今年五岁了。"))
