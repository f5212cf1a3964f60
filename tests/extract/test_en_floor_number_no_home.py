""""I live on six, right above the laundry." tells the floor, not a home's place: no livesIn "six"; "I live on Fifth"
and "we live in Two Rivers" still give a home."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize("line", ["I live on six, right above the laundry.", "We live on eleven, the view is great.",
                                  "She lives on three with her grandson."])
def test_a_floor_by_its_number_is_no_home(line: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(line)), told(line)


def test_a_floor_said_in_a_group_is_no_home() -> None:
    found = facts((1, "Which floor are you?"), (2, "I live on twelve. Top floor."), (3, "Lucky."))
    assert not any(p == "livesIn" for _, p, _ in found), found


@pytest.mark.parametrize(("line", "place"), [("I live on Fifth, near the park.", "Fifth"),
                                             ("We live in Two Rivers now.", "Two Rivers")])
def test_a_street_or_town_is_still_a_home(line: str, place: str) -> None:
    assert ("Ann", "livesIn", place, False) in told(line)
