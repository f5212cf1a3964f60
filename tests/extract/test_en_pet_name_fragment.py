""""We have a cat, by the way. Biscuit. She bites.": the pet's name said alone as the next sentence of the turn is
the pet's (:mod:`kg_memory.extract.english.possessions`). Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_name_alone_after_the_pet_names_it():
    found = facts((1, "Welcome to the street."), (2, "Thanks! We have a cat, by the way. Biscuit. She bites."))
    assert ("Speaker 2", "hasPet", "Biscuit") in found


def test_a_word_alone_after_the_pet_is_no_name():
    found = facts((1, "Welcome to the street."), (2, "We have a cat. Seriously. She bites."))
    assert not any(o == "Seriously" for _, _, o in found)
