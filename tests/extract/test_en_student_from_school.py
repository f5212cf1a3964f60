"""A student of a field or level "from" a name that is no region ("a veterinary student from Kestrel", "I'm a grad
student from Larchmont College") is a student there, not from there; a student from a known place ("a grad student
from Boston"), one from abroad ("an exchange student from Lyon") and anyone else from a name ("a nurse from Kestrel")
keep it as their home town."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "school"), [
    ("I'm a veterinary student from Kestrel.", "Kestrel"),
    ("Hi, I'm a grad student from Larchmont College.", "Larchmont College"),
])
def test_a_student_from_a_school(text: str, school: str) -> None:
    facts = kept(text)
    assert ("Ann", "studiesAt", school) in facts, facts
    assert not {f for f in facts if f[1] == "hometown"}, facts


@pytest.mark.parametrize(("text", "town"), [
    ("I'm a grad student from Boston.", "Boston"),
    ("I'm an exchange student from Kestrel.", "Kestrel"),
    ("I'm a nurse from Kestrel.", "Kestrel"),
])
def test_from_a_home_town(text: str, town: str) -> None:
    facts = kept(text)
    assert ("Ann", "hometown", town) in facts, facts
    assert not {f for f in facts if f[1] == "studiesAt"}, facts
