"""Where one goes to work is where one works: "i go to work at the bank at 9", "i have to go to work at the mill soon",
"(i am) getting ready to go to work at the diner", "until i go to work at the supermarket" (``worksFor``; the time after
the workplace is not part of it). Not a time ("i go to work at 9", "at noon"), nor another person's work."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("i go to work at the bank at 9", "bank"),
    ("ugh i have to go to work at the mill soon", "mill"),
    ("I'm getting ready to go to work at the diner.", "diner"),
    ("i have ten minutes until i go to work at the supermarket", "supermarket"),
    ("she said hi when i got to the office , i go to work at a law firm", "law firm"),
])
def test_goes_to_work_there(said: str, place: str) -> None:
    assert ("Ann", "worksFor", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "i go to work at 9",
    "i have to go to work at noon tomorrow",
    "my wife goes to work at the hospital",
])
def test_no_workplace_of_the_speaker(said: str) -> None:
    assert not any(s == "Ann" and p == "worksFor" for s, p, _, _ in told(said)), told(said)
