"""Bonds told in the past tense are history: "Tom was my roommate in college" is a former roommate (an ending, kept
as a closed fact), not a current one; a relative, a friend, a bond said to hold still, and a present bond stay as
read. Also: a place after "at" is nobody to be neighbours with, and "my first car" is a car. Invented lines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity

DAY = datetime(2024, 5, 1, tzinfo=UTC)


def said(text: str) -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, ended) of what the rules read in one turn of Ann's."""
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text, DAY)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("Kev was my roommate in college.", ("Ann", "roommate", "Kev")),
    ("Kev and I were roommates sophomore year.", ("Ann", "roommate", "Kev")),
    ("I lived with Kev in college.", ("Ann", "roommate", "Kev")),
    ("We shared an apartment with Kev back then.", ("Ann", "roommate", "Kev")),
    ("Dana was my boss at the bank.", ("Ann", "boss", "Dana")),
    ("Lucy was my girlfriend in high school.", ("Ann", "partner", "Lucy")),
    ("Kev was my roommate and now he is my best friend.", ("Ann", "roommate", "Kev")),
])
def test_a_bond_told_in_the_past_is_an_ending(text: str, fact: tuple[str, str, str]) -> None:
    found = said(text)
    assert (*fact, True) in found, found
    assert (*fact, False) not in found, found


@pytest.mark.parametrize(("text", "fact"), [
    ("Kev was my roommate and still is.", ("Ann", "roommate", "Kev")),
    ("Kev is my roommate.", ("Ann", "roommate", "Kev")),
    ("I live with Kev.", ("Ann", "roommate", "Kev")),
    ("Kev was my roommate and he is still my best friend.", ("Ann", "friend", "Kev")),
])
def test_a_bond_that_holds_stays_current(text: str, fact: tuple[str, str, str]) -> None:
    assert (*fact, False) in said(text), said(text)


def test_a_former_roommate_is_history_in_the_memory() -> None:
    memory = Memory()
    memory.remember([Turn("c", "1", "Ann", "Kev was my roommate in college.", DAY)])
    assert not memory.facts("Ann", "roommate")
    assert [f.object.label for f in memory.facts("Ann", "roommate", history=True)] == ["Kev"]


@pytest.mark.parametrize("text", [
    "We were coworkers at Intel, now we are neighbors.",
    "I met him at Intel, now we are friends.",
])
def test_a_place_after_a_preposition_is_nobody_to_be_friends_with(text: str) -> None:
    assert not any(o == "Intel" for _, _, o, _ in said(text)), said(text)


def test_a_name_called_before_we_are_friends_still_counts() -> None:
    assert ("Ann", "friend", "Joey", False) in said("Yeah Joey, we are friends.")


@pytest.mark.parametrize(("text", "thing"), [
    ("I bought my first car last week.", "car"),
    ("we just bought our first home", "home"),
])
def test_a_first_thing_bought_is_the_thing(text: str, thing: str) -> None:
    owned = {o for _, p, o, _ in said(text) if p == "owns"}
    assert owned == {thing}, owned


def test_the_relative_of_a_question_about_their_birthday_is_whom_he_means() -> None:
    found = said("any ideas for my dad's birthday? he loves fishing")
    assert ("Ann's dad", "likes", "fishing", False) in found, found
    assert not any(s == "Ann" and p == "likes" for s, p, _, _ in found), found


def said_zh(text: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text, DAY)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("我和小周以前是同事。", ("安娜", "colleague", "小周", True)),
    ("我跟王芳小时候是邻居。", ("安娜", "neighbor", "王芳", True)),
    ("我和小周是同事。", ("安娜", "colleague", "小周", False)),
    ("王芳是我大学室友。", ("安娜", "roommate", "王芳", False)),
])
def test_a_tie_said_with_yiqian_after_the_other_is_history(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in said_zh(text), said_zh(text)
