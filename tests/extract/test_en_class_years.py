"""A year of school said as what one is: "my niece is a junior at Tulane" (a student at Tulane), "I'm a sophomore in
high school" (a student, at high school); "I'm a junior", "my grandpa is a senior" alone tell no job; "a junior
developer" is one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "school"), [
    ("My niece Priya is a junior at Tulane.", "Priya", "Tulane"),
    ("I'm a sophomore in high school.", "Ann", "high school"),
    ("I'm a senior at Westlake High this year.", "Ann", "Westlake High"),
    ("My son is a freshman in college now.", "Ann's son", "college"),
])
def test_a_school_year_is_a_student(said: str, who: str, school: str) -> None:
    found = told(said)
    assert (who, "jobTitle", "student", False) in found, found
    assert (who, "studiesAt", school, False) in found, found
    assert not any(p == "jobTitle" and o in ("junior", "senior", "sophomore", "freshman") for _, p, o, _ in found)


@pytest.mark.parametrize("said", ["I'm a junior.", "My grandpa is a senior now, he gets the discount."])
def test_junior_or_senior_alone_is_no_job(said: str) -> None:
    assert not any(p == "jobTitle" for _, p, _, _ in told(said))


def test_a_junior_job_is_a_job() -> None:
    assert ("Ann", "jobTitle", "junior developer", False) in told("I'm a junior developer at a bank.")
