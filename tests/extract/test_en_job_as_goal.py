"""A job wished for as "a job as X" is the goal to become X: "I hope to get a job as a paramedic" (it stored the goal
"get a job"), "i want to land my first full time job as a welder". A job with no work named ("get a job as soon as I
can", "I want to get a job") keeps the goal to get a job; another's wish is theirs."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "goal"), [
    ("I hope to get a job as a paramedic.", "become paramedic"),
    ("i want to land my first full time job as a welder", "become welder"),
    ("I'm hoping to get a part-time job as a lifeguard.", "become lifeguard"),
])
def test_the_job_wished_for(said: str, goal: str) -> None:
    found = told(said)
    assert ("Ann", "goal", goal, False) in found, found
    assert not any(p == "goal" and o.startswith("get") for _, p, o, _ in found), found


@pytest.mark.parametrize("said", ["i want to get a job as soon as i can", "I want to get a job."])
def test_no_job_named(said: str) -> None:
    assert not any(p == "goal" and o.startswith("become") for _, p, o, _ in told(said))


def test_no_goal_of_the_speaker_in_a_question() -> None:
    assert not any(p == "goal" for _, p, _, _ in told("Do you want to get a job as a paramedic?"))
