"""A first name that opens a place's name ("Lincoln High", "the Marlowe Hotel") is no person (issue 13,
:mod:`kg_memory.extract.place_names`): neither a speaker's name when the word is said alone later, nor the "he" of
the next sentence. Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, names


@pytest.mark.parametrize("lines, word", [
    (((1, "Where are we headed?"), (2, "The Carlton Hotel, please, we're late."), (3, "Very late. Someone overslept."),
      (1, "Carlton, no problem. You two here for the wedding?"), (3, "Yeah.")), "Carlton"),
    (((1, "I got the job at Jefferson Elementary!"), (2, "No way, that's where my kids go."),
      (3, "Jefferson, wow. Congratulations."), (1, "Thanks, I start Monday.")), "Jefferson"),
    (((1, "Meet me outside Grant Station at six."), (2, "Grant? The one downtown?"), (3, "Grant, yes. By the clock."),
      (2, "Got it.")), "Grant"),
])
def test_a_word_opening_a_place_name_names_no_speaker(lines, word):
    assert not any(name == word for _, name in names(*lines))


@pytest.mark.parametrize("lines, word", [
    (((1, "Is your dad still coaching?"), (2, "Yeah, at Franklin High. He loves it."), (3, "Good for him.")),
     "Franklin"),
    (((1, "Where does your husband work these days?"), (2, "Over at Lincoln Hospital. He likes the night shift."),
      (3, "Night shifts would kill me.")), "Lincoln"),
])
def test_a_place_named_for_someone_is_no_he(lines, word):
    assert not any(s == word for s, _, _ in facts(*lines))


def test_a_name_before_another_word_still_names():
    found = names((1, "Carlton, pass the salt."), (2, "Here you go."), (3, "Thanks, Carlton Banks, you're a star."),
                  (2, "Anytime."))
    assert ("Speaker 2", "Carlton") in found or ("Speaker 2", "Carlton Banks") in found
