"""A kin word called just after someone spoke to the speaker as to a stranger ("sir", "ma'am", "miss") calls a third
person, not that stranger: "Pardon me, miss, this seat is taken." - "Oh, sorry! Dad, over here." made the stranger the
father. A parent's own words ("young lady", "missy") and a call after another's turn still go to the one before."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("opening, reply", [
    ("Pardon me, miss, this seat is taken.", "Oh, sorry! Dad, over here, there's room by the window."),
    ("Sir, your scarf fell off the bench.", "Oh, thanks! Mama, can you grab it? My hands are full."),
    ("Excuse me, ma'am, you can't park there.", "Sorry, sorry. Grandpa, move the car, please."),
])
def test_kin_called_after_a_stranger_spoke_is_not_that_stranger(opening: str, reply: str) -> None:
    found = facts((1, opening), (2, reply), (3, "Fine, fine, I'm going."))
    assert not any(o == "Speaker 1" and p in ("parent", "relative") for _, p, o in found)


@pytest.mark.parametrize("opening, reply", [
    ("You're not going out dressed like that, young lady.", "Ugh, fine, Mom. I'll change."),
    ("Dinner's on the table, missy.", "Coming, Mom!"),
    ("Do you need a ride to practice?", "Yes please, Dad."),
])
def test_kin_called_after_a_parents_words_is_still_that_parent(opening: str, reply: str) -> None:
    found = facts((1, opening), (2, reply), (3, "Be quick, both of you."))
    assert ("Speaker 2", "parent", "Speaker 1") in found
