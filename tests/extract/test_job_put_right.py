"""A job one claims, given them as another job by the next speaker at once, is put right: "I'm a sommelier." - "You're
a bartender, Lou." keeps the bartender only; "我是设计师。" - "你是美工。" likewise. Praise of the same job, or a job
added ("You're also a singer", "你也是作家"), takes nothing back."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("claim", "right", "kept", "gone"), [
    ("I'm a sommelier, actually.", "You're a bartender, Lou.", "bartender", "sommelier"),
    ("I am a photographer now.", "You're an unpaid intern.", "unpaid intern",
     "photographer"),
    ("我是设计师。", "你是美工。", "美工", "设计师"),
])
def test_the_job_put_right_stands(claim: str, right: str, kept: str, gone: str) -> None:
    found = facts((1, claim), (2, right))
    assert ("Speaker 1", "jobTitle", kept) in found and ("Speaker 1", "jobTitle", gone) not in found, found


@pytest.mark.parametrize(("claim", "reply", "job"), [
    ("I'm a nurse.", "You're a wonderful nurse.", "nurse"),
    ("I'm a teacher.", "You're also a painter!", "teacher"),
    ("I'm a baker.", "Oh cool, I'm a chef.", "baker"),
    ("我是老师。", "你也是作家。", "老师"),
])
def test_no_job_taken_back(claim: str, reply: str, job: str) -> None:
    assert ("Speaker 1", "jobTitle", job) in facts((1, claim), (2, reply))
