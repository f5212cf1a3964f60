"""A thing proposed with ", then?" ("Diner, then?", "Bowling, then?") calls nobody: it was given as a name to the one
who answered."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("proposal", "word"), [
    ("Diner, then?", "Diner"),
    ("Okay. Bowling, then?", "Bowling"),
])
def test_a_thing_proposed_is_no_name(proposal: str, word: str) -> None:
    got = names((1, "The pizza place closed at nine."), (2, proposal), (3, "Fine by me."))
    assert not {n for s, n in got if n == word}, got


def test_a_name_closing_the_question_is_still_called() -> None:
    got = names((1, "The pizza place closed at nine."), (2, "Where to, then, Inez?"), (1, "Anywhere with fries."))
    assert ("Speaker 1", "Inez") in got, got
