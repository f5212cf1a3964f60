"""A first name cried alone heading a sentence, then a bidding ("Roderick! Tell her.", "Magda! Come and look."), calls
the one who answers, as "Roderick, tell her." does. A name the turn before said, cried back ("My wife, Samira." -
"Samira! Tell her I said hello."), is one known, not one present."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


@pytest.mark.parametrize("cry", ["Roderick! Tell her the real reason.", "She won't believe me. Roderick! Tell her."])
def test_a_cried_name_then_a_bidding_calls_the_next_speaker(cry: str) -> None:
    found = facts((1, "Sixty years together! How did you two manage it?"), (2, "Two televisions."), (3, cry),
                  (2, "All right. She laughs at my jokes, and I eat whatever she cooks."), (1, "Aw, that's lovely."))
    assert any(s == "Speaker 2" and p in _NAMED and o == "Roderick" for s, p, o in found)
    assert not any(s != "Speaker 2" and p in _NAMED and o == "Roderick" for s, p, o in found)


def test_a_name_cried_back_calls_nobody() -> None:
    found = facts((1, "Morning, are you checking in?"), (2, "Yes. You treated my wife last month. Samira."),
                  (3, "Samira! Tell her I said hello."), (2, "I will."), (1, "Have a seat."))
    assert not any(p in _NAMED and o == "Samira" for s, p, o in found)
