"""A speaker named where they answer a call: "Hello? Marta? It's Viktor." names the caller after the one asked for
(:mod:`kg_memory.extract.self_intros`), and "Just Desmond." or "Just Ilse is fine." answering "Mr. Ward" or "Mrs.
Brandt" gives the name they would rather be called. Invented scenes (issue 13)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


def test_a_caller_asking_for_someone_then_naming_themself():
    found = names((1, "The water is coming through the ceiling."), (2, "Call the plumber."),
                  (3, "Hello? Marta? It's Viktor. From the third floor."), (1, "Viktor, your tub is leaking."))
    assert ("Speaker 3", "Viktor") in found


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Your tempo is all over the place, Nico."), (2, "Sorry, Mr. Ward."), (1, "Just Desmond. Again, from the top."),
      (2, "Okay.")), "Speaker 1", "Desmond"),
    (((1, "Thank you for coming in, Mrs. Brandt."), (2, "Just Ilse is fine. Is Tobi in trouble?"),
      (1, "Not at all.")), "Speaker 2", "Ilse"),
])
def test_just_a_first_name_answering_a_titled_call(lines, speaker, name):
    assert (speaker, name) in names(*lines)


def test_a_name_alone_answering_a_question_to_a_titled_one_is_no_name_given():
    found = names((1, "Dr. Hale, who's next?"), (2, "Rupert."), (1, "Send him in."))
    assert ("Speaker 2", "Rupert") not in found


def test_the_titled_name_is_kept_beside_the_first_name_asked_for():
    found = names((1, "Next! Oh, is this Waffles?"), (2, "He ate a glove. I'm so sorry, Dr. Okoro."),
                  (1, "Please, it's Nkechi. Let's have a look."), (2, "Thank you."))
    assert {("Speaker 1", "Nkechi"), ("Speaker 1", "Dr Okoro")} <= found
