"""A job wished for with "work as": "i would love to work as a midwife", "i'd love to work as a zookeeper one day",
"someday i want to work as a park ranger", "i hope to work as an architect someday" give the goal of becoming one
(nothing was stored: only "be"/"become" were read after "would love to", and "someday" made a wish of "want to work
as"). Look-alikes: working as a team, a wish under "if", a question."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "job"), [
    ("i would love to work as a midwife", "become midwife"),
    ("i'd love to work as a zookeeper one day", "become zookeeper"),
    ("someday i want to work as a park ranger", "become park ranger"),
    ("i hope to work as an architect someday", "become architect"),
])
def test_job_wished(said: str, job: str) -> None:
    assert ("Ann", "goal", job, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "i would love to work as a team on this",
    "if i could i would love to work as a midwife",
    "would you love to work as a midwife ?",
])
def test_no_goal(said: str) -> None:
    assert not any(p == "goal" for _, p, _, _ in told(said)), told(said)
