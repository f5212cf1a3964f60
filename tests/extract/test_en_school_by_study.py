"""'went to X' is a school when what was studied there is said, whether or not X is a known university: "I went to
Bates for undergrad", "my brother went to Colby for grad school", "went to Bucknell, class of 2009" (educatedAt X,
not a visit, and not "X for undergrad"); a law, medical or business school is named with X ("went to Fordham for law
school": Fordham law school). A town ("went to Austin for college"), a shop or a trip ("went to Target for
snacks", "went to Denver for my birthday") is no school."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "fact"), [
    ("I went to Bates for undergrad and then moved west.", ("Ann", "educatedAt", "Bates", False)),
    ("my brother went to Colby for grad school", ("Ann's brother", "educatedAt", "Colby", False)),
    ("Went to Bucknell, class of 2009, go Bison!", ("Ann", "educatedAt", "Bucknell", False)),
    ("i went to wofford for my bachelors", ("Ann", "educatedAt", "wofford", False)),
    ("My sister went to Fordham for law school.", ("Ann's sister", "educatedAt", "Fordham law school", False)),
])
def test_a_school_said_by_what_was_studied(said: str, fact: tuple[str, str, str, bool]) -> None:
    facts = told(said)
    assert fact in facts and not any(p == "visited" for _, p, _, _ in facts), facts


@pytest.mark.parametrize("said", [
    "I went to Target for snacks before the game.",
    "we went to Denver for my birthday",
])
def test_no_school_where_nothing_was_studied(said: str) -> None:
    assert not any(p == "educatedAt" for _, p, _, _ in told(said)), told(said)
