"""One greeted by name on arriving ("Sorry, the bus. Hi, Odette.") who greets back by name at once ("Hi Seb! Sit
down.") is the one greeted; without the greeting back, a name said to someone among several stays unsure."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_the_one_who_greets_back_by_name_is_the_one_greeted() -> None:
    found = names((1, "Did everyone read the last chapter?"), (2, "I did, and I cried."),
                  (3, "Sorry, the bus was late. Hi, Odette."), (1, "Hi Seb! Sit anywhere."),
                  (2, "Hi."))
    assert ("Speaker 1", "Odette") in found


def test_a_greeting_back_by_the_same_name_gives_nobody_the_name() -> None:
    found = names((1, "Did everyone read the last chapter?"), (2, "I did, and I cried."),
                  (3, "Sorry, the bus was late. Hi, Odette."), (1, "Hi Odette, yes, it's me."), (2, "Hi."))
    assert ("Speaker 1", "Odette") not in found
