"""A name opening a check on what was just said ("Torvald, don't.", "Imke, stop.") calls the one who said it, not
whoever speaks next: the speaker before got no name. A bidding ("Torvald, don't forget the tickets.") still calls the
next speaker, and one who answers the call ("What?") is the one called."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


@pytest.mark.parametrize("check", ["Torvald, don't. You walked half of it.", "Torvald, stop. You walked half of it."])
def test_a_check_calls_the_one_before(check: str) -> None:
    found = facts((1, "Welcome, both of you. I'm Ms. Ortega, the coach."), (2, "Thanks for having us."),
                  (3, "She runs like her father. I ran the marathon twice."), (2, check),
                  (1, "Well, it still counts!"), (3, "See? It counts."))
    assert any(s == "Speaker 3" and p in _NAMED and o == "Torvald" for s, p, o in found)
    assert not any(s != "Speaker 3" and p in _NAMED and o == "Torvald" for s, p, o in found)


def test_one_answering_the_check_is_the_one_called() -> None:
    found = facts((1, "More soup, anyone?"), (3, "I'd love some. She never cooks like this."),
                  (4, "I like soup."), (2, "Imke, stop."), (3, "What? I'm being nice."), (1, "Here you go."))
    assert not any(s == "Speaker 4" and p in _NAMED and o == "Imke" for s, p, o in found)
