"""A name given after a yes to "Aren't you Marisol's brother?" is the answerer's own (issue 13,
:mod:`kg_memory.extract.self_intros`): "Guilty. Luis." names its speaker Luis. Invented scene."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_guilty_and_a_name_answers_who_one_is():
    found = names((1, "Order for the guy in the hat!"), (2, "That's me. Hey, aren't you Marisol's brother?"),
                  (1, "Guilty. Luis. You know my sister?"), (2, "We work together at the bank."),
                  (3, "Luis! The fryer's smoking again."), (1, "Coming, Tía!"))
    assert ("Speaker 1", "Luis") in found
    assert ("Speaker 2", "Luis") not in found
