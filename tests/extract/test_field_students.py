"""A student of a field named in two words is a student of that field: "a physical therapy student", "a graphic design
student at Parsons" (and the school "at" it, or "from" a name that is no town: "from Kestrel College")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("line", "field"), [
    ("I'm a physical therapy student.", "physical therapy"),
    ("I am a mechanical engineering student.", "mechanical engineering"),
    ("I'm a social work student, second year.", "social work"),
    ("I'm a photography student.", "photography"),
])
def test_the_field_of_a_student(line: str, field: str) -> None:
    got = told(line)
    assert ("Ann", "fieldOfStudy", field, False) in got
    assert ("Ann", "jobTitle", "student", False) in got


def test_the_school_at_or_from() -> None:
    assert ("Ann", "studiesAt", "Parsons", False) in told("I am a graphic design student at Parsons.")
    got = facts((1, "Who is this?"), (2, "This is Wren, she's a physical therapy student from Kestrel College."))
    assert {("Wren", "fieldOfStudy", "physical therapy"), ("Wren", "studiesAt", "Kestrel College")} <= got


def test_a_student_from_a_town_studies_no_school_there() -> None:
    got = facts((1, "Who is this?"), (2, "This is Wren, she's a nursing student from Boston."))
    assert ("Wren", "fieldOfStudy", "nursing") in got
    assert not any(p == "studiesAt" for _, p, _ in got)
