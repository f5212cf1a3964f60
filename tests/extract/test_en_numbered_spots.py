"""A numbered spot one is in is no home: "we're in cabin seven this week", "I'm in room 312", "my parents are in row
B" (a camp, a hotel, a hall); a town one is in, or a numbered flat one lives in, still is ("we're in Tucson now",
"we live in Unit 4C")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("said", ["We're in cabin seven at the lake this week!", "I'm in room 312, come by later.",
                                  "Our seats are fine, we're in row 14.", "I live in bunk 3 at camp this summer."])
def test_a_numbered_spot_is_no_home(said: str) -> None:
    found = told(said)
    assert not any(p == "livesIn" for _, p, _, _ in found), found


@pytest.mark.parametrize(("said", "home"), [("We're in Tucson now.", "Tucson"), ("We live in Unit 4C.", "Unit 4C")])
def test_a_home_still(said: str, home: str) -> None:
    assert any(p == "livesIn" and o == home for _, p, o, _ in told(said))
