""""I'll call my sister-in-law Bernadette.": a name closing a sentence after an in-law word ("sister-in-law",
"father-in-law") is the relative spoken of, not a name called to the one who answers; the relative keeps the name."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "name"), [
    ("Forget it. I'll call my sister-in-law Bernadette.", "Bernadette"),
    ("Then we borrow the truck from my father-in-law Ignatius.", "Ignatius"),
])
def test_the_in_law_keeps_the_name(line: str, name: str) -> None:
    got = facts((1, "Who's going to drive us to the airport?"), (2, "Not me."), (3, "Not me either."),
                (1, line), (3, f"{name}'s in Tampa, Hugo."), (4, "I can drive."))
    assert not any(s == "Speaker 3" and o == name for s, _, o in got), got
    assert not any(s == "Speaker 3" and p == "relative" or o == "Speaker 3" and p == "relative" for s, p, o in got), got
    assert ("Speaker 1", "relative", name) in got, got


def test_a_name_closing_a_plain_sentence_is_still_called() -> None:
    got = facts((1, "Who's going to drive us to the airport?"), (3, "Not me, my license is suspended."),
                (1, "You never drive anywhere Bernadette."), (3, "That's not true."), (1, "Fine, Bernadette."))
    assert ("Speaker 3", "alternateName", "Bernadette") in got, got
