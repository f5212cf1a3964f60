"""A job one wants to work as is a goal to become it: "i want to work as a nurse", "i plan to work as a journalist in
the future" (``goal`` "become nurse"). Not a way of working ("work as a team", "work as hard as i can"), a negation,
or a question."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "job"), [
    ("i want to work as a nurse", "become nurse"),
    ("I plan to work as a journalist in the future.", "become journalist"),
    ("i really want to work as a pilot", "become pilot"),
])
def test_goal_to_work_as(said: str, job: str) -> None:
    assert ("Ann", "goal", job, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "we want to work as a team on this",
    "i want to work as hard as i can",
    "i don't want to work as a nurse",
    "do you want to work as a nurse ?",
])
def test_no_job_goal(said: str) -> None:
    assert not any(p == "goal" and o.startswith("become") for _, p, o, _ in told(said)), told(said)
