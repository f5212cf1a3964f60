"""A school named "University of X" is named whole: "I went to the University of Oregon" was educated at the
University of Oregon (it stored "Oregon", a state), "i attended university of vermont" likewise; "the College of
Wooster" too. A school said with where it is names no school: "I went to college in Nevada" was educated at college
(it stored "Nevada"); "college at Rutgers" is still Rutgers."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "predicate", "school", "not_school"), [
    ("I went to the University of Oregon.", "educatedAt", "University of Oregon", "Oregon"),
    ("i attended university of vermont", "educatedAt", "university of vermont", "vermont"),
    ("I went to the College of Wooster.", "educatedAt", "College of Wooster", "Wooster"),
    ("I went to college in Nevada.", "educatedAt", "college", "Nevada"),
    ("i went to high school in a small town", "educatedAt", "high school", "small town"),
    ("I attended college at Rutgers.", "educatedAt", "Rutgers", "college"),
])
def test_the_school_named(said: str, predicate: str, school: str, not_school: str) -> None:
    found = told(said)
    assert ("Ann", predicate, school, False) in found, found
    assert ("Ann", predicate, not_school, False) not in found, found


@pytest.mark.parametrize("said", ["Did you go to the University of Oregon?", "I never went to the University of Oregon."])
def test_no_school(said: str) -> None:
    assert not any(p in ("educatedAt", "studiesAt") for _, p, _, _ in told(said)), told(said)
