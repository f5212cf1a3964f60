"""A newcomer who says they are new and then gives a first name as a sentence of its own ("I'm new, I booked online.
Wanda.") gives their own name: it is no call to the one before, and a welcome by that name later agrees; a name that
bids ("I'm new here. Kevin, sit down.") stays a call."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names


def _names(*lines: tuple[str, str]) -> set[tuple[str, str]]:
    return said_names(*lines, predicates=("alternateName", "name"))


def test_new_then_a_name_is_one_s_own() -> None:
    names = _names(("Speaker 1", "Morning! Can I help?"), ("Speaker 2", "I'm new, I booked a trial online. Wanda."),
                   ("Speaker 1", "Welcome, Wanda! Mats will show you around."))
    assert ("Speaker 2", "Wanda") in names, names
    assert ("Speaker 1", "Wanda") not in names, names


def test_new_then_a_bidding_calls() -> None:
    names = _names(("Speaker 1", "I'm new here. Kevin, sit down."), ("Speaker 2", "Okay, okay."))
    assert ("Speaker 1", "Kevin") not in names, names
