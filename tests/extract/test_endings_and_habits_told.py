"""Endings and habits a user tells an assistant: leaving an employer ("I'm not at Microsoft anymore"), joining a kind
of employer ("a small consulting firm called Brightline"), a break-up or separation with the partner unnamed, smoking
said as a habit ("I smoke", "I'm a social smoker", 我抽烟) and given up, 喝点酒 as 喝酒."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn
from tests.extract.dialogue_facts import after


def told(text: str) -> set[tuple[str, str, str, bool]]:
    """The facts of an English line, each with whether it is an ending."""
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("I'm no longer with Deloitte.", ("Ann", "worksFor", "Deloitte", True)),
    ("I'm not at Microsoft anymore.", ("Ann", "worksFor", "Microsoft", True)),
    ("I joined a small consulting firm called Brightline.", ("Ann", "worksFor", "Brightline", False)),
    ("I joined a nonprofit last spring.", ("Ann", "worksFor", "nonprofit", False)),
    ("I smoke.", ("Ann", "habit", "smoking", False)),
    ("I still smoke half a pack a day.", ("Ann", "habit", "smoking", False)),
    ("I'm a social smoker.", ("Ann", "habit", "smoking", False)),
    ("I don't smoke anymore.", ("Ann", "habit", "smoking", True)),
    ("My husband and I separated in March.", ("Ann", "maritalStatus", "separated", False)),
    ("我哥哥抽烟。", ("Ann的哥哥", "habit", "抽烟", False)),
    ("我不吸烟了。", ("Ann", "habit", "抽烟", True)),
    ("我每天喝点啤酒。", ("Ann", "habit", "喝啤酒", False)),
])
def test_a_change_or_habit_told_in_english_or_chinese(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("I'm a social smoker.", ("Ann", "jobTitle")),  # a habit, no job
    ("I'm not at home anymore.", ("Ann", "worksFor")),
    ("I'm not at Starbucks.", ("Ann", "worksFor")),  # no "anymore": where one is not now
    ("I joined a book club.", ("Ann", "worksFor")),
    ("I don't smoke.", ("Ann", "habit")),
    ("I smoke salmon for the holidays.", ("Ann", "habit")),
    ("我刚抽烟了。", ("Ann", "habit")),  # once, just now
    ("My girlfriend and I broke up.", ("Ann", "partner")),  # an ending only: no current partner
])
def test_what_is_no_such_fact_gives_none(text: str, wrong: tuple[str, str]) -> None:
    assert not {f for f in told(text) if f[:2] == wrong and not f[3]}


def test_a_break_up_closes_the_partner_named_before() -> None:
    current, closed = after("My girlfriend Jade is a vet.", "My girlfriend and I broke up last week.", "partner", "Ann")
    assert not current and "Jade" in closed


def test_leaving_for_a_startup_closes_the_old_employer() -> None:
    current, closed = after("I work for Shopify.", "I'm not at Shopify anymore, I joined a fintech startup called Mercury.",
                            "worksFor", "Ann")
    assert current == {"Mercury"} and "Shopify" in closed


@pytest.mark.parametrize(("first", "second", "old"), [
    ("I smoke a pack a day.", "I quit smoking last month.", "smoking"),
    ("我每天晚上喝点酒。", "我已经不喝酒了。", "喝酒"),
])
def test_a_habit_given_up_is_closed(first: str, second: str, old: str) -> None:
    assert ("Ann", "habit", old, False) in told(first)  # the habit is stored, then closed
    current, closed = after(first, second, "habit", "Ann")
    assert old not in current and old in closed
