"""A name called and bid to tell someone else ("Rufus, tell her it faces the lot.") is no call back to the one who spoke
before ("Mom, it's fine."): the one called is the next voice, who answers ("It faces the lot, pumpkin.")."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")

_TURNS = ((1, "Is this room 4B? Hi, I'm Elsbeth, I think we're roommates?"),
          (2, "Yes! Hi! I'm Yun. Sorry about the boxes."), (1, "These are my parents, Dora and Rufus."),
          (3, "Hi, sweetie. Oh, the window faces the parking lot."), (1, "Mom, it's fine. It's a window."),
          (3, "Rufus, tell her it faces the parking lot."), (4, "It faces the parking lot, pumpkin."),
          (2, "I don't mind taking that side."))


def test_the_one_called_and_bid_to_tell_is_the_next_voice() -> None:
    found = facts(*_TURNS)
    assert any(s == "Speaker 4" and p in _NAMED and o == "Rufus" for s, p, o in found)
