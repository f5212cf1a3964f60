"""A relative's full name given later keeps no closing full stop (issue 13): "My sister lives there." - "What's her
name?" - "Wilma Strand." names the sister Wilma Strand, as a first name alone did ("Wilma."). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("reply", ["Wilma Strand.", "Her name is Wilma Strand."])
def test_a_full_name_given_later_names_the_relative(reply):
    found = facts((1, "Oh, Tromso! My sister lives there."), (2, "Really? What's her name?"), (1, reply),
                  (3, "Small world."))
    assert ("Speaker 1", "sibling", "Wilma Strand") in found
