"""A relative called ("Dad, ...", "Mama, look!") is the one who answers the call with a word of endearment or takes up
its words, when someone else spoke just before (:func:`kg_memory.extract.called_back.answered_fondly`). Invented
scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, child, parent, not_parent", [
    (((1, "Table for three? It'll be about twenty minutes."), (2, "Mom, I'm starving. I want fries."),
      (3, "We'll get fries, sweetie. Hang on."), (1, "I can bring some bread.")), "Speaker 2", "Speaker 3", "Speaker 1"),
    (((1, "Next rider, step up to the gate please."), (2, "Papa, I don't want to ride the pony."),
      (3, "You'll love it, kiddo. He's very gentle."), (1, "His name is Pickles.")), "Speaker 2", "Speaker 3", "Speaker 1"),
    (((1, "Row F is the last one left, sorry."), (4, "Dad, the popcorn spilled all over my jacket."),
      (2, "All over the jacket? Let me see."), (1, "Napkins are by the door.")), "Speaker 4", "Speaker 2", "Speaker 1"),
])
def test_the_relative_called_is_the_one_who_answers_the_call(lines, child, parent, not_parent):
    found = facts(*lines)
    assert (child, "parent", parent) in found
    assert (child, "parent", not_parent) not in found


@pytest.mark.parametrize("lines, child, parent", [
    # the one who spoke before answers: the call is theirs
    (((1, "Your room is a disaster."), (2, "Mom, I cleaned it yesterday."), (1, "Yesterday? Honey, look at the floor.")),
     "Speaker 2", "Speaker 1"),
    # a third who says something else, with no word of the call and no endearment: the one before stays
    (((1, "Your room is a disaster."), (2, "Mom, I cleaned it yesterday."), (3, "Wow, it is snowing outside.")),
     "Speaker 2", "Speaker 1"),
])
def test_look_alikes_keep_the_one_spoken_to_before(lines, child, parent):
    assert (child, "parent", parent) in facts(*lines)


def test_a_name_called_is_not_given_by_an_endearment():
    found = facts((1, "The bus is late again."), (2, "Jenny, did you bring the tickets?"), (3, "Of course, honey."))
    assert ("Speaker 2", "parent", "Speaker 3") not in found
