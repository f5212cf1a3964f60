"""A speaker who says what they are there as, then a first name as a sentence of its own, names themself: "I'm the
new cleaner. Petra.", "I'm from the council. Gareth.", "I'm next door, number 9. Maryam." Not a name that goes on to call
("I'm the manager. Kevin, sit down.") or that asks ("I'm the new guy. Owen?")."""

from tests.extract.dialogue_facts import names


def test_a_role_then_a_name_introduces_the_speaker():
    said = names((1, "Morning, everyone. Coffee's on."), (2, "Hello, sorry, I'm the new cleaner. Petra. They said to start on four."),
                 (1, "Oh, great, welcome."))
    assert ("Speaker 2", "Petra") in said
    assert ("Speaker 1", "Petra") not in said


def test_where_one_is_from_then_a_name():
    said = names((1, "Can I help you?"), (2, "I'm from the council. Gareth. It's about the hedge."), (1, "The hedge. Right."))
    assert ("Speaker 2", "Gareth") in said
    assert ("Speaker 1", "Gareth") not in said


def test_a_flat_then_a_name():
    said = names((1, "Who's making that racket?"), (2, "Sorry! I'm next door, number 9. Maryam. We're moving a wardrobe."),
                 (3, "Need a hand?"))
    assert ("Speaker 2", "Maryam") in said
    assert ("Speaker 1", "Maryam") not in said


def test_a_name_that_goes_on_to_call_is_no_introduction():
    said = names((1, "Where do I sit?"), (2, "I'm the manager. Kevin, sit down. Over there."), (1, "Sure, sorry."))
    assert ("Speaker 2", "Kevin") not in said


def test_a_name_asked_is_no_introduction():
    said = names((1, "Hi there."), (2, "I'm the new guy. Owen? Owen said to find him."), (1, "He's out back."))
    assert ("Speaker 2", "Owen") not in said
