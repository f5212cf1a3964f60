"""A speaker the others call by a bare job title holds that job: "Sorry, Chief." to the one who set the gear check
gives that speaker jobTitle chief, "Coach, my legs are jelly." jobTitle coach, "Thanks, Doc." doctor. A term of
fondness ("Thanks, honey.") or a name ("Sorry, Marco.") gives no job, nor a title stammered before a name ("Doc, Doctor
Lowe?")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("call", "job"), [("Sorry, Chief. The truck wouldn't start.", "chief"),
                                           ("Coach, my legs are jelly.", "coach"),
                                           ("Thanks, Doc. I feel better already.", "doctor")])
def test_called_by_job(call: str, job: str) -> None:
    got = facts((1, "Okay, listen up. Gear check at seven sharp."), (2, call), (1, "Fine. Go sit down."))
    assert ("Speaker 1", "jobTitle", job) in got, got


@pytest.mark.parametrize("call", ["Sorry, honey. The truck wouldn't start.", "Sorry, Marco. The truck wouldn't start."])
def test_no_job(call: str) -> None:
    got = facts((1, "Okay, listen up. Gear check at seven sharp."), (2, call), (1, "Fine. Go sit down."))
    assert not any(p == "jobTitle" for s, p, _ in got if s == "Speaker 1"), got


def test_title_before_a_name_is_no_call() -> None:
    got = facts((1, "I have a date tonight. It's Ann Lowe."), (2, "Who's Ann Lowe? Doc, Doctor Lowe? With Doctor Lowe?"),
                (1, "Yes. She's lovely."))
    assert not any(p == "jobTitle" and o == "doctor" for s, p, o in got if s == "Speaker 1"), got
