"""Staff welcoming a guest name where they work: "Welcome to the Copper Kettle, I'll be your server tonight" gives
worksFor Copper Kettle. A welcome with no service ("Welcome to Tucson!"), to a home or a team, gives none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by, told


@pytest.mark.parametrize(("said", "place"), [
    ("Welcome to the Copper Kettle, I'll be your server tonight.", "Copper Kettle"),
    ("Good morning and welcome to Pine Ridge Outfitters, I'm your guide for the rapids.", "Pine Ridge Outfitters"),
])
def test_a_welcome_while_serving_names_the_employer(said: str, place: str) -> None:
    assert ("Ann", "worksFor", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "Welcome to Tucson! You're going to love the sunsets.",
    "welcome to our home, I'll be your tour guide lol",
    "Welcome to the Team, I'm your buddy for onboarding.",
    "my aunt said welcome to the family at dinner",
])
def test_no_employer_in_other_welcomes(said: str) -> None:
    assert not any(p == "worksFor" for _, p, _, _ in told(said)), told(said)


def test_the_welcomer_is_the_speaker() -> None:
    facts = said_by(("Speaker 1", "Hi, we have a reservation."),
                    ("Speaker 2", "Welcome to the Copper Kettle, I'll be your server."))
    assert ("Speaker 2", "worksFor", "Copper Kettle") in facts and not any(
        who == "Speaker 1" and p == "worksFor" for who, p, _ in facts), facts
