"""Two people shown in one breath ("These are my parents, Dora and Rufus.") who speak after it: once one of them is
pinned on a voice first heard after the introduction ("Rufus, tell her it faces the lot." - "It faces the lot,
pumpkin."), the other is the one voice first heard after it left unnamed; with two such voices left, nobody."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")

_TURNS = ((1, "Is this room 4B? Hi, I'm Elsbeth, I think we're roommates?"),
          (2, "Yes! Hi! I'm Yun. Sorry about the boxes."), (1, "These are my parents, Dora and Rufus."),
          (3, "Hi, sweetie. Oh, the window faces the parking lot."), (1, "Mom, it's fine. It's a window."),
          (3, "Rufus, tell her it faces the parking lot."), (4, "It faces the parking lot, pumpkin."),
          (2, "I don't mind taking that side."))


def test_the_other_of_two_shown_is_the_voice_left() -> None:
    found = facts(*_TURNS)
    assert any(s == "Speaker 3" and p in _NAMED and o == "Dora" for s, p, o in found)
    assert not any(s != "Speaker 3" and p in _NAMED and o == "Dora" for s, p, o in found)


def test_two_voices_left_name_nobody() -> None:
    found = facts(*_TURNS, (5, "Sorry, I'm late, the bus was slow."))
    assert not any(p in _NAMED and o == "Dora" for s, p, o in found)
