"""A full name opening a turn, then a sentence of "I" that speaks of what is the hearer's ("Desmond Achterberg, I'll
tell your father."), calls the one named: it was read as the speaker introducing themself. "Desmond Achterberg, I'm
your new neighbour." still introduces the speaker."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


def test_a_full_name_called_with_your_is_not_the_speakers() -> None:
    found = facts((1, "Hand it over, now."), (2, "It's mine, I found it."),
                  (1, "Desmond Achterberg, I'll tell your father you took it from the shed."),
                  (2, "Please don't tell my dad."))
    assert not any(s == "Speaker 1" and p in _NAMED and o == "Desmond Achterberg" for s, p, o in found)


def test_a_full_name_then_what_one_is_to_the_hearer_is_the_speakers() -> None:
    found = facts((1, "Hello, welcome."), (2, "Desmond Achterberg, I'm your new neighbour."), (1, "Nice to meet you."))
    assert any(s == "Speaker 2" and p in _NAMED and o == "Desmond Achterberg" for s, p, o in found)
