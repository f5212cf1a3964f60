"""Being somewhere for a stay is a visit, not a home: "Marisol is in Lisbon at her cousin's", "he's in Atlanta for a
conference", "Dev is in Tampa visiting his dad" store visited; "Marisol is in Lisbon now", "she moved there" and "Anna
is in Boston this week" (test_en_in_surgery.py) are still read (weakly) as where they live."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("said", "place"), [("Marisol is in Lisbon at her cousin's.", "Lisbon"),
                                             ("Oh, Marisol is in Atlanta for a conference.", "Atlanta"),
                                             ("Marisol is in Oslo on vacation.", "Oslo"),
                                             ("Marisol is in Tampa visiting her dad.", "Tampa")])
def test_a_stay_is_a_visit(said: str, place: str) -> None:
    found = facts((1, "Where's Marisol today?"), (2, said))
    assert ("Marisol", "visited", place) in found, found
    assert not any(p == "livesIn" for _, p, _ in found), found


@pytest.mark.parametrize("said", ["Marisol is in Lisbon now.", "Marisol is in Lisbon. She moved there last year."])
def test_being_somewhere_alone_is_still_read_as_home(said: str) -> None:
    found = facts((1, "Where's Marisol these days?"), (2, said))
    assert ("Marisol", "livesIn", "Lisbon") in found, found
