"""Two people shown in one breath ("These are my parents, Dora and Rufus.") who speak after it: once one of them is
pinned on a voice first heard after the introduction ("Rufus, tell her the heater is broken." - "The heater is
broken, kiddo."), the other is the one voice first heard after it left unnamed; with two such voices left, nobody.
A name called and bid to tell someone else ("Rufus, tell her ...") is no call back to the one who spoke before ("Mom,
it's fine."): the one called is the next voice, who answers."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")

_TURNS = ((1, "Room twelve, right? Hello, I'm Elsbeth, are you my flatmate?"),
          (2, "That's me! I'm Yun. Mind the suitcases."), (1, "These are my parents, Dora and Rufus."),
          (3, "Hello, love. Oh dear, the heater looks broken."), (1, "Mom, it's fine. It's a heater."),
          (3, "Rufus, tell her the heater is broken."), (4, "The heater is broken, kiddo."),
          (2, "I've got a spare fan if you need one."))


def test_the_one_called_and_bid_to_tell_is_the_next_voice() -> None:
    found = facts(*_TURNS)
    assert any(s == "Speaker 4" and p in _NAMED and o == "Rufus" for s, p, o in found)


def test_the_other_of_two_shown_is_the_voice_left() -> None:
    found = facts(*_TURNS)
    assert any(s == "Speaker 3" and p in _NAMED and o == "Dora" for s, p, o in found)
    assert not any(s != "Speaker 3" and p in _NAMED and o == "Dora" for s, p, o in found)


def test_two_voices_left_name_nobody() -> None:
    found = facts(*_TURNS, (5, "Sorry, I'm late, the bus was slow."))
    assert not any(p in _NAMED and o == "Dora" for s, p, o in found)
