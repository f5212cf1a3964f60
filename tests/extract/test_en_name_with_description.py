""""My brother lives on Elm. Tomasz, with the red truck.", "It's my son's. Blue, with a rocket on it.": a word set off
before ", with ..." that ends the sentence describes someone (or something) spoken of; it calls no one, so names no
speaker; "Petra, with you here, we can start." still calls Petra."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("question", "answer", "word"), [
    ("Which house is your brother's?", "My brother lives on Elm. Tomasz, with the red truck.", "Tomasz"),
    ("What does the bag look like?", "It's my son's. Blue, with a rocket on it.", "Blue"),
    ("Who's picking you up?", "My aunt, probably. Odalys, with the minivan.", "Odalys"),
])
def test_a_word_described_with_what_is_with_it_names_no_speaker(question: str, answer: str, word: str) -> None:
    found = names((1, question), (2, answer), (1, "Okay, I'll look for it."), (3, "Me too."))
    assert not any(n == word for _, n in found), found


def test_a_name_called_before_with_you_still_names() -> None:
    found = names((1, "Petra, with you here, we can finally start."), (2, "Happy to help. Where do I sit?"),
                  (1, "Next to me, Petra."))
    assert ("Speaker 2", "Petra") in found, found
