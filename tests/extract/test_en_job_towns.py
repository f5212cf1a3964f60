"""A town the gazetteer does not know, said after a job, is where one works ("I'm a teacher in Tucson", "a nurse in
Tucson, Arizona"); not a show, a band, a ward, a field, a school, a time or a department ("an actor in Friends", "a
nurse in Pediatrics")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "town"), [
    ("I'm a teacher in Tucson.", "Tucson"),
    ("I'm a nurse in Tucson, Arizona.", "Tucson, Arizona"),
    ("I work as a plumber in Boise now.", "Boise"),
    ("My mom is a doctor in Flagstaff.", "Flagstaff"),
    ("I am a teacher in Denver.", "Denver"),
])
def test_a_town_after_a_job_is_where_one_works(line: str, town: str) -> None:
    assert any(p == "workLocation" and o == town for _, p, o in kept(line)), kept(line)


@pytest.mark.parametrize("line", [
    "I'm an actor in Friends.",  # a show
    "I'm a drummer in Nirvana.",  # a band
    "I'm a nurse in Pediatrics.",  # a ward
    "I'm a professor in Economics.",  # a field
    "I'm a teacher in Lincoln High School.",  # a school
    "I'm a teacher in May.",  # a time
    "I'm a teacher in Sales.",  # a department
    "He's a real up-and-comer in Human Resources.",
    "I'm a teacher in Tucson schools.",  # the clause goes on
])
def test_no_town_where_the_name_is_something_else(line: str) -> None:
    assert not any(p == "workLocation" for _, p, _ in kept(line)), kept(line)
