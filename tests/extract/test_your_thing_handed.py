"""A thing handed to the one called ("Jonah, your order.", "Your charger, Mei.") is no job of theirs: an object in -er
was read as a job ("order", "charger"); a listed job set beside a name with "your" stays one ("Ravi, your driver")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("text", [
    "Jonah, your order. Oat milk, extra hot.",
    "Your charger, Mei. You left it in the break room.",
    "Dr. Okoye, your pager. It's been going off.",
])
def test_a_thing_handed_over_is_no_job(text: str) -> None:
    got = facts((1, "Is that everything?"), (2, text), (1, "Oh, thanks."))
    assert not {o for s, p, o in got if p == "jobTitle" and o in ("order", "charger", "pager")}, got


def test_a_listed_job_beside_a_name_with_your_stays() -> None:
    got = facts((1, "Who's picking us up?"), (2, "Ravi, your driver, is parked out front."), (1, "Great."))
    assert ("Ravi", "jobTitle", "driver") in got, got


def test_a_role_one_introduces_oneself_in_stays() -> None:
    got = facts((1, "Hi all, I'm Tobias, your dungeon master."), (2, "Hi, Tobias."), (3, "Let's roll."))
    assert any(p == "jobTitle" and o == "dungeon master" for s, p, o in got), got
