"""A street's name is no person's (issue 13): "the place on Linden Road?" - "Linden Road, yes." names nobody, though
it is said back and forth like a call. Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_street_said_back_names_no_speaker():
    found = names((1, "Where's the van?"), (2, "Outside. Are we going to the house on Linden Road?"),
                  (1, "Linden Road, yes. The blue door."), (3, "I'll grab the boxes."))
    assert not any(name == "Linden Road" for _, name in found)
