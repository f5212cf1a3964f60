""""His" in a speaker's turn never means the speaker: when it was read as the man named last and that man turns out to
be the one speaking ("Now I'm here with Bruno." - Bruno: "And his wife says thanks."), the fact is someone else's and
is dropped rather than given to the speaker (issue 13, :mod:`kg_memory.extract.aliases`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_SHOP = ((2, "Bruno, the ladder is wobbling."), (1, "Hold it tighter, Dario. Dario's my nephew."),
         (2, "I studied chemistry. Now I hold ladders."),
         (3, "Where did you study?"), (2, "In Leeds. Then I came here to work with Bruno."))


def test_his_wife_said_by_the_man_named_last_is_not_his() -> None:
    found = facts(*_SHOP, (1, "And his wife says thanks every day."))
    assert not any(s == "Speaker 1" and p == "spouse" for s, p, _ in found)


def test_a_wife_of_ones_own_is_still_read() -> None:
    found = facts(*_SHOP, (1, "And my wife says thanks every day."))
    assert any(s == "Speaker 1" and p == "spouse" for s, p, _ in found)
