"""A name set after a pet one has, closing a statement ("I have a parrot, Kiwi."), is the pet's name, nobody called
(issue 13, :mod:`kg_memory.extract.how_said`); asked of someone ("Do you have a dog, Ann?") it still calls them.
Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts, names


def test_a_pet_named_after_it_is_no_name_of_the_one_spoken_to():
    lines = ((1, "Welcome to the building."), (2, "Thanks! Fair warning, I have a parrot, Pistachio."), (1, "Oh no."),
             (3, "We got a puppy, Waffles!"), (1, "It's a zoo."))
    found = names(*lines)
    assert not {name for _, name in found} & {"Pistachio", "Waffles"}
    assert ("Speaker 2", "hasPet", "Pistachio") in facts(*lines)


def test_a_pet_asked_about_still_calls():
    found = names((1, "Do you have a dog, Ingrid?"), (2, "Two, actually."), (1, "Lucky you, Ingrid."))
    assert ("Speaker 2", "Ingrid") in found
