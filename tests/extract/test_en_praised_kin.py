"""A boss or relative praised as the best of theirs is one: "You're the best boss I've ever had" gives the one spoken to
as the speaker's boss, "You're the best sister in the world" as a sibling (they gave nothing); "Aw, you're a good
brother" (how one treats a sibling, maybe someone else's) and "You'd be a great boss" give none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "predicate"), [
    ("Honestly, you're the best boss I've ever had.", "boss"),
    ("You are the greatest sister in the whole world!", "sibling"),
    ("Thanks. You're the best husband ever.", "spouse"),
])
def test_a_tie_praised_as_the_best_is_held(line: str, predicate: str) -> None:
    found = facts((1, "I picked up your dry cleaning on the way in."), (2, line))
    assert ("Speaker 2", predicate, "Speaker 1") in found


@pytest.mark.parametrize("line", ["Aw, you're a good brother.", "You'd be a great boss.", "You're a great boss to them."])
def test_praise_of_how_one_acts_gives_no_tie(line: str) -> None:
    found = facts((1, "I drove my sister to the airport at four this morning."), (2, line))
    assert not any(s == "Speaker 2" and p in ("boss", "sibling") for s, p, _ in found)
