""""Please, <name>." after a question offering something says yes and calls the one asking (issue 13): "Morning,
Mrs. Hale! The usual rye?" - "Please, Bartek." names the baker Bartek, not Mrs. Hale; "Gunnar, please." after a
titled introduction still asks to be called Gunnar. Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_please_and_a_name_after_an_offer_calls_the_one_asking():
    found = names((1, "Morning, Mrs. Hale! The usual rye?"), (2, "Please, Bartek. And two rolls."), (1, "Coming up."))
    assert ("Speaker 1", "Bartek") in found
    assert ("Speaker 2", "Bartek") not in found


def test_a_name_asked_for_after_a_titled_call_is_still_the_speakers():
    found = names((1, "Mr. Lindqvist, this is my wife."), (2, "Gunnar, please."), (3, "Hello."))
    assert ("Speaker 2", "Gunnar") in found
