"""A bidding taken on by the one bidden names them (issue 13, :mod:`kg_memory.extract.bids_taken`): "Josh, look at
the ceilings." - "I'm looking at the crack." tells the one answering is Josh. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "This is the kitchen. New cabinets."), (2, "Oh, wow. Marco, look at the tile."),
      (3, "I'm looking at the water stain on it."), (1, "That's old. It's fixed."), (2, "Hm.")), "Speaker 3", "Marco"),
    (((1, "Guests arrive in ten minutes!"), (2, "Kev, grab the folding chairs from the garage."),
      (3, "I'm grabbing them, I'm grabbing them."), (4, "Where do the napkins go?"), (1, "On the table.")),
     "Speaker 3", "Kev"),
    (((1, "The movie starts at eight."), (2, "Tanya, get your shoes on."), (3, "I'm not getting my shoes on, it's raining."),
      (1, "Bring an umbrella then."), (2, "Ugh.")), "Speaker 3", "Tanya"),
])
def test_the_one_taking_on_a_bidding_is_the_one_bidden(lines, speaker, name):
    assert (speaker, name) in names(*lines)

