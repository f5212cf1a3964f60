""""Rolling stop at the corner of Fifth.", "Boarding wait times are awful.": a word in -ing opening a sentence before
"stop" or "wait" is a noun of its own ("a rolling stop", "boarding wait times"), no name bidden to stop or wait, so
it names no speaker; "Pheebs stop! That's mine." still calls Pheebs."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("line", "word"), [
    ("Same as you. Rolling stop at the corner of Fifth.", "Rolling"),
    ("Boarding wait times are awful this week.", "Boarding"),
])
def test_a_word_in_ing_before_a_bid_names_no_speaker(line: str, word: str) -> None:
    found = names((1, "What are you in for?"), (2, line), (1, "Tell me about it."), (3, "Next, please."))
    assert not any(n == word for _, n in found), found


def test_a_name_before_a_bid_still_names() -> None:
    found = names((1, "I'm going to eat all of it."), (2, "Pheebs stop! That's mine."), (1, "Fine, fine."))
    assert ("Speaker 1", "Pheebs") in found, found
