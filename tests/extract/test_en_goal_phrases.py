"""A goal said with a verb and a preposition is read whole: "I want to get back into swimming" is the goal to get back
into swimming (was "get back"), "we hope to get into hiking" to get into hiking; "get back to work", "get to know her"
name no pastime."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "goal"), [
    ("I really want to get back into swimming.", "get back into swimming"),
    ("My goal is to get back into painting.", "get back into painting"),
    ("I hope to get into rock climbing.", "get into rock climbing"),
    ("I want to move to Lisbon.", "move to Lisbon"),
])
def test_the_goal_read_whole(said: str, goal: str) -> None:
    found = told(said)
    assert ("Ann", "goal", goal, False) in found, found
    assert not any(p == "goal" and o in ("get back", "get", "move") for _, p, o, _ in found), found


@pytest.mark.parametrize("said", ["I need to get back to work.", "I want to get to know her better."])
def test_no_pastime_got_into(said: str) -> None:
    assert not any(p == "goal" and o.startswith("get") for _, p, o, _ in told(said))
