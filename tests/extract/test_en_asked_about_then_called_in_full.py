"""A name asked about ("Who's Dorian?") is no speaker's, however often it is called later, but one present may be asked
about too: a later call by the full name opening a turn ("Dorian Vance, I'll tell your father.") that the next voice
answers by calling the caller back ("Please don't, Mrs. Achebe.") is answered by the one called, who bears it."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")

_TURNS = ((1, "First day, Ines, so rule one: no free cones for your friends."), (2, "I don't have friends here yet."),
          (3, "You have me. I'm Priya. I've worked here two summers."), (4, "Hey, Priya."), (3, "Oh no. Dorian."),
          (2, "Who's Dorian?"), (3, "My ex. He left me at the dance. I'm going to the back."),
          (4, "Can I get a lemon sorbet? Please?"))


def test_a_full_name_call_answered_back_names_the_one_called() -> None:
    found = facts(*_TURNS, (1, "Dorian Vance, I'll tell your father you were rude to my niece."),
                  (4, "Please don't tell my dad, Mrs. Achebe."))
    assert any(s == "Speaker 4" and p in _NAMED and o.startswith("Dorian") for s, p, o in found)
    assert not any(s != "Speaker 4" and p in _NAMED and o.startswith("Dorian") for s, p, o in found)


def test_a_full_name_call_not_answered_back_names_nobody() -> None:
    found = facts(*_TURNS, (1, "Dorian Vance, I'll tell your father you were rude to my niece."), (4, "Whatever."))
    assert not any(p in _NAMED and o.startswith("Dorian") for s, p, o in found)
