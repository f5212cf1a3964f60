"""A name asked about ("Who's Dorian?") is no speaker's, however often it is called later, but one present may be asked
about too: a later call by the full name opening a turn ("Dorian Vance, I'll tell your father.") that the next voice
answers by calling the caller back ("Please don't, Mrs. Achebe.") is answered by the one called, who bears it."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")

_TURNS = ((1, "Ines, your apron's on the hook. The till sticks, kick it."), (2, "Kick the till. Got it."),
          (3, "Welcome aboard. I'm Priya, I run the waffle iron."), (4, "Hey, Priya."), (3, "Ugh. Dorian."),
          (2, "Who's Dorian?"), (3, "Someone I used to date. I'll be in the freezer."),
          (4, "One lemon sorbet, please. A big one."))


def test_a_full_name_call_answered_back_names_the_one_called() -> None:
    found = facts(*_TURNS, (1, "Dorian Vance, your father will hear how you treated my niece."),
                  (4, "Please don't tell my dad, Mrs. Achebe."))
    assert any(s == "Speaker 4" and p in _NAMED and o.startswith("Dorian") for s, p, o in found)
    assert not any(s != "Speaker 4" and p in _NAMED and o.startswith("Dorian") for s, p, o in found)


def test_a_full_name_call_not_answered_back_names_nobody() -> None:
    found = facts(*_TURNS, (1, "Dorian Vance, your father will hear how you treated my niece."), (4, "Whatever."))
    assert not any(p in _NAMED and o.startswith("Dorian") for s, p, o in found)
