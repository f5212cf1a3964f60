""""My nephew graduated fifth grade", "I graduated the 8th grade in Ohio": a grade finished is no school attended;
a school after "graduated" still is ("I graduated from Oakwood High", "graduated high school")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "I only graduated sixth grade, then I worked on the farm.",
    "I graduated the 8th grade in Ohio.",
    "I graduated grade twelve two years ago.",
])
def test_a_grade_is_no_school(text: str) -> None:
    got = told(text)
    assert not any(p in ("educatedAt", "studiesAt") for _, p, _, _ in got), got


@pytest.mark.parametrize(("text", "school"), [
    ("I graduated from Oakwood High in 2009.", "Oakwood High"),
    ("I graduated high school last year.", "high school"),
    ("I graduated from Gradewell Academy.", "Gradewell Academy"),
])
def test_a_school_after_graduated_is_kept(text: str, school: str) -> None:
    got = told(text)
    assert any(p == "educatedAt" and o == school for _, p, o, _ in got), got
