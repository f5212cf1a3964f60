"""A name called at the head of a later sentence of a turn and answered by a call back ("Quiet, please. Odette, ring
the bell." - "Bell's ringing, Mr. Vance."): the one answering is the one called, and the name said back is the
caller's, however seldom the one answering speaks (:mod:`kg_memory.extract.named_back`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_late_call_answered_by_a_call_back_names_both():
    found = names((2, "Do I go first?"), (3, "I think you do."), (1, "Yes. Quiet, please. Odette, ring the bell."),
                  (4, "Bell's ringing, Mr. Vance."))
    assert ("Speaker 4", "Odette") in found and ("Speaker 1", "Mr Vance") in found
    assert ("Speaker 3", "Odette") not in found


def test_a_call_back_that_speaks_of_the_caller_is_said_to_another():
    found = names((1, "I'm moving to Lisbon."), (2, "You just got here! Casimir, say something."),
                  (3, "Okay, Bruno, she's right. It's too soon."), (1, "Fine."))
    assert ("Speaker 2", "Bruno") not in found


def test_a_name_said_back_that_the_caller_said_is_someone_else():
    found = names((1, "You made it."), (2, "Sorry I'm late. Nell, this is Dmitri."), (3, "Good to meet you, Dmitri."),
                  (4, "Welcome."))
    assert ("Speaker 2", "Dmitri") not in found


def test_a_name_alone_opening_a_turn_said_to_you_and_answered_by_a_call_back_names_both():
    found = names((1, "The ovens are ready."), (2, "Good, Hugo. Start the bread."), (3, "Stay here, both of you."),
                  (4, "Ottoline! Your father is on the phone."), (2, "Tell him I'm busy, Greta."))
    assert ("Speaker 2", "Ottoline") in found and ("Speaker 4", "Greta") in found
    assert ("Speaker 3", "Ottoline") not in found


def test_a_word_alone_opening_a_turn_is_no_name_called():
    found = names((1, "Is lunch ready?"), (2, "Surprise! Your cake is here."), (3, "Thanks, Greta."), (1, "Yum."))
    assert not any(name == "Surprise" for _, name in found)


def test_a_call_answered_by_thanks_to_the_caller_in_a_later_sentence_names_both():
    found = names((1, "Hold the rope tighter."), (2, "I've got it, Sunniva."), (3, "Breathe, both of you."),
                  (4, "Thorvald! Your brother is at the gate."), (2, "Tell him to wait. Thanks, Greta."))
    assert ("Speaker 2", "Thorvald") in found and ("Speaker 3", "Thorvald") not in found
