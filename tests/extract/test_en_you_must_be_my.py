""""You must be my roommate!" said on meeting someone tells the bond with the one greeted (issue 13,
:mod:`kg_memory.extract.english.people`), as "you're my roommate" does; a guess about a third ("He must be your
brother.") tells nothing. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_you_must_be_my_roommate_greets_the_roommate():
    found = facts((1, "Hi! You must be my roommate! I'm Odile."), (2, "Hey. Yes, I'm Wren. Top bunk or bottom?"),
                  (3, "Girls, where does this lamp go?"))
    assert ("Speaker 1", "roommate", "Speaker 2") in found


def test_a_guess_about_a_third_tells_nothing():
    found = facts((1, "Who's the tall guy by the door?"), (2, "He must be your brother. Same nose."), (1, "No idea."))
    assert not [f for f in found if f[1] == "sibling"]
