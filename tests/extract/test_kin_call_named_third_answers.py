"""A relative called in a turn that speaks of someone else by name, answered in the first person ("Mom, can we stay
up? Ilse wants to watch the film." - "I never said that."): the one named may be answering for themself, so the one
answering is not taken for the parent; a call answered fondly still is ("Dad, stop." - "Okay, kiddo."). Invented
scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_named_answering_for_themself_is_no_parent():
    found = facts((1, "Checkout is at eleven, towels are in the closet."),
                  (4, "Mom, can we stay up late? Ilse wants to watch the fireworks."),
                  (5, "I never said I want to watch them. Bram does."), (3, "You both go to bed at nine."))
    assert ("Speaker 4", "parent", "Speaker 5") not in found
    assert ("Speaker 4", "parent", "Speaker 1") not in found


def test_a_relative_called_and_answered_fondly_is_the_parent():
    found = facts((1, "Lovely evening for a walk."), (2, "Dad, stop. Everyone is looking."), (3, "Okay, kiddo."),
                  (1, "Enjoy the view."))
    assert ("Speaker 2", "parent", "Speaker 3") in found
