"""A school said with "only" is still the school one is in: "I'm only in middle school", "i am only in junior high
school", "my son is only in second grade" (nothing was stored; "still in high school" was read; "in junior high" gave livesIn). Said of a past
("I was only in high school when we met") or in a question it stores no school now."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "school"), [
    ("I'm only in middle school.", "Ann", "middle school"),
    ("i am only in junior high school lol", "Ann", "junior high school"),
    ("i am still only in elementary school", "Ann", "elementary school"),
    ("My son is only in second grade.", "Ann's son", "second grade"),
])
def test_the_school_one_is_in(said: str, who: str, school: str) -> None:
    found = told(said)
    assert (who, "studiesAt", school, False) in found, found


@pytest.mark.parametrize("said", [
    "I was only in high school when we met.",
    "Are you only in middle school?",
    "i am not only in high school, i also work",
])
def test_no_school_now(said: str) -> None:
    assert not any(s == "Ann" and p == "studiesAt" and not ended for s, p, _, ended in told(said)), told(said)
