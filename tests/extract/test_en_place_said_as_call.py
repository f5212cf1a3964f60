"""A known city or country that is no first name, said set off in a turn that tells where someone is from ("I'm Ines.
From Ontario. Well, Toronto."), is a place put right, nobody called (issue 13, :mod:`kg_memory.extract.place_names`).
Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_place_put_right_is_no_name_of_the_next_speaker():
    found = names((1, "Hi! I'm Ines. From Ontario. Well, Toronto."), (2, "Hey. Oh no, you brought a rug too."),
                  (1, "We'll have two rugs."))
    assert not {name for _, name in found} & {"Toronto", "Ontario"}
    assert ("Speaker 1", "Ines") in found


def test_a_first_name_that_is_also_a_place_is_still_called():
    found = names((1, "I just got back from Denver."), (2, "Welcome back, Austin. How was it?"), (1, "Cold."))
    assert ("Speaker 1", "Austin") in found
