"""Going to school names the school said after it: "I'm going to school at Purdue" studies at Purdue (it stored
"school"), "i go to college at penn state" at penn state, "my son goes to school at Oak Ridge Elementary" at Oak Ridge
Elementary. "at night", "at the moment", "at 8" name no school: the kind gone to is kept as before."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "school"), [
    ("I'm going to school at Purdue.", "Ann", "Purdue"),
    ("i go to college at penn state for nursing", "Ann", "penn state"),
    ("i go to school at the University of Utah", "Ann", "University of Utah"),
    ("My son goes to school at Oak Ridge Elementary.", "Ann's son", "Oak Ridge Elementary"),
])
def test_the_school_named(said: str, who: str, school: str) -> None:
    found = told(said)
    assert (who, "studiesAt", school, False) in found, found
    assert not any(p == "studiesAt" and o in ("school", "college") for _, p, o, _ in found), found


@pytest.mark.parametrize(("said", "kind"), [
    ("I go to school at night.", "school"),
    ("i go to college at the moment", "college"),
    ("i'm going to school at 8 tomorrow", "school"),
    ("I go to community college.", "community college"),
])
def test_no_school_named(said: str, kind: str) -> None:
    found = [(p, o) for s, p, o, _ in told(said) if p == "studiesAt"]
    assert found == [("studiesAt", kind)], found


def test_refused() -> None:
    assert not any(p == "studiesAt" for _, p, _, _ in told("i don't go to school at purdue"))
