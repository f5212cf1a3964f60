"""Two people who went to one school ("Priya and I went to Michigan State together", "my husband and I met in college
at Tulane"): each went there, and together there they were classmates; a trip ("we went to Lisbon together") or a
question goes to no school."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "other", "school"), [
    ("Priya and I went to Michigan State together.", "Priya", "Michigan State"),
    ("My cousin Omar and I went to Westfield High together.", "Omar", "Westfield High"),
    ("My husband and I met in college at Tulane.", "Ann's husband", "Tulane"),
    ("I met my wife in grad school at Northwestern.", "Ann's wife", "Northwestern"),
    ("Ravi and I went to UCSD together.", "Ravi", "UCSD"),
])
def test_both_went_there_together(text: str, other: str, school: str) -> None:
    facts = kept(text)
    assert {("Ann", "educatedAt", school), (other, "educatedAt", school), ("Ann", "classmate", other)} <= facts, facts


def test_both_went_there_not_together() -> None:
    facts = kept("Lena and I both went to Carleton College.")
    assert {("Ann", "educatedAt", "Carleton College"), ("Lena", "educatedAt", "Carleton College")} <= facts, facts
    assert ("Ann", "classmate", "Lena") not in facts


def test_a_kind_of_school_names_none() -> None:
    assert not {f for f in kept("This is Mo, we went to High School together.") if f[1] == "educatedAt"}


@pytest.mark.parametrize("text", ["We went to Lisbon together.", "My sister and I went to the UK together.",
                                  "Did you and Priya go to Michigan State together?",
                                  "Priya and I never went to Michigan State."])
def test_no_school(text: str) -> None:
    assert not {f for f in kept(text) if f[1] in ("educatedAt", "classmate")}


@pytest.mark.parametrize(("text", "other", "school"), [
    ("My husband and I went to Princeton together.", "Ann's husband", "Princeton"),
    ("Dmitri and I went to Harvard together, ages ago.", "Dmitri", "Harvard"),
])
def test_a_school_known_by_its_short_name(text: str, other: str, school: str) -> None:
    facts = kept(text)
    assert {("Ann", "educatedAt", school), ("Ann", "classmate", other)} <= facts, facts
    assert not any(p == "visited" for _, p, _ in facts), facts


def test_a_known_school_visited_for_a_game() -> None:
    facts = kept("My dad and I went to Stanford last weekend for a game.")
    assert not any(p == "educatedAt" for _, p, _ in facts), facts
