""""Jonah's the navigator. I'm the photographer.": roles handed out to two or more people in one turn (a trip, a game,
a chore) are who does what there, no job title; a single "I'm the manager." or one told with where it is held is a job
still."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("turn", "role"), [
    ("Jonah's the navigator. I'm the photographer.", "photographer"),
    ("Okay. You're the banker, I'm the auctioneer, and Lena keeps score.", "auctioneer"),
    ("He's the chef tonight and I'm just the dishwasher.", "dishwasher"),
])
def test_roles_handed_out_are_no_job(turn: str, role: str) -> None:
    said = facts((1, "So who's doing what?"), (2, turn), (3, "Fine by me."))
    assert not any(p == "jobTitle" and o == role for _, p, o in said), said


@pytest.mark.parametrize(("turn", "role"), [
    ("I'm the manager. What seems to be the problem?", "manager"),
    ("I'm the pharmacist here. She's the new technician.", "pharmacist"),
])
def test_a_job_said_alone_is_a_job(turn: str, role: str) -> None:
    said = facts((1, "Excuse me, who's in charge?"), (2, turn), (3, "Thanks."))
    assert ("Speaker 2", "jobTitle", role) in said, said
