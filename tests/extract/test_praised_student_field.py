""""I'm a good law student" is a student of law, as "I'm a law student" is: the praise before the field is no part of
the job, and it no longer hides the field (it gave the job "law student" and no field)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("line", "field"), [
    ("I'm a good law student.", "law"),
    ("I am a terrible chemistry student, honestly.", "chemistry"),
    ("I'm a real nursing student now.", "nursing"),
])
def test_the_field_is_read_past_the_praise(line: str, field: str) -> None:
    got = told(line)
    assert ("Ann", "jobTitle", "student", False) in got
    assert ("Ann", "fieldOfStudy", field, False) in got
    assert not [f for f in got if f[1] == "jobTitle" and f[2] != "student"]


def test_the_school_after_it() -> None:
    assert ("Ann", "studiesAt", "Cornell", False) in told("I'm a great biology student at Cornell.")
