"""A job said with where one lives or studies after it: "i'm a plumber living in Leeds", "i am a student attending
Rutgers University", "a nurse based in Reno" give the job and the home or the school (nothing was stored). A "mom
living in X" (no job) and "a person living in fear" give no job."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "facts"), [
    ("i'm a plumber living in leeds", {("jobTitle", "plumber"), ("livesIn", "leeds")}),
    ("i am a student attending Rutgers University", {("jobTitle", "student"), ("studiesAt", "Rutgers University")}),
    ("I'm a nurse based in Reno.", {("jobTitle", "nurse"), ("livesIn", "Reno")}),
    ("i am a librarian residing in a small town", {("jobTitle", "librarian"), ("livesIn", "small town")}),
])
def test_job_then_where(said: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= {(p, o) for _, p, o, _ in told(said)}, told(said)


@pytest.mark.parametrize("said", [
    "i am a person living in fear",
    "i am a mom living in texas",
    "are you a teacher living in ohio ?",
])
def test_no_job(said: str) -> None:
    assert not any(p == "jobTitle" for _, p, _, _ in told(said)), told(said)
