""""I'm a chemistry major at UCLA." studies chemistry at UCLA: a field and a school, no job "chemistry major" nor
employer UCLA; "I'm a history major." keeps its field, and "I'm a huge fan of majors at the golf." names no school."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("line", "field", "school"), [
    ("I'm a chemistry major at UCLA.", "chemistry", "UCLA"),
    ("My niece is a geology major at Oregon State.", "geology", "Oregon State"),
])
def test_a_major_at_a_school(line: str, field: str, school: str) -> None:
    found = {(p, o) for _, p, o, _ in told(line)}
    assert ("fieldOfStudy", field) in found and ("studiesAt", school) in found, found
    assert not any(p in ("jobTitle", "worksFor") for p, _ in found), found


def test_a_major_said_in_passing_of_the_speaker() -> None:
    found = facts((1, "Summer job, that's all. Nursing major at Drexel."), (2, "Nice."))
    assert ("Speaker 1", "studiesAt", "Drexel") in found and not any(p == "worksFor" for _, p, _ in found), found


def test_no_school_without_one_named() -> None:
    assert ("Ann", "fieldOfStudy", "history", False) in told("I'm a history major.")
    assert not any(p == "studiesAt" for _, p, _, _ in told("I'm a huge fan of majors at the golf."))
