"""A home left, said without the new one: "we moved here from Tucson last year", "I relocated from Omaha for the job",
"my dad moved out here from Lagos" end livesIn Tucson / Omaha / Lagos (as "we moved from Tucson to Austin" does).
Not a move into a place, a wish, or a trip ("drove up from Tucson")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "place"), [
    ("we moved here from Tucson last year and still miss the heat", "Ann", "Tucson"),
    ("I relocated from Omaha for the job.", "Ann", "Omaha"),
    ("My dad moved out here from Lagos in the eighties.", "Ann's dad", "Lagos"),
    ("i moved from Sioux Falls , best choice i ever made", "Ann", "Sioux Falls"),
])
def test_the_home_left_ends(said: str, who: str, place: str) -> None:
    assert (who, "livesIn", place, True) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "We moved from Tucson into a bigger place downtown.",
    "If we moved here from Tucson we'd be broke.",
    "My cousin drove up from Tucson for the wedding.",
])
def test_no_home_left(said: str) -> None:
    assert not any(p == "livesIn" and ended and place.startswith("Tucson")
                   for _, p, place, ended in told(said)), told(said)
