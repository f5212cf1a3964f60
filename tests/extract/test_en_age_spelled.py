"""An age of ten or more said in words, as people say it ("Mom, I'm twenty-six.", "I'm thirteen, that's barely
better."), is the speaker's age, as "I'm 26" is; a number word that counts something else ("I'm five minutes away",
"I'm one of them") is none, nor a small number said alone ("I'm five, almost six": a score, a count, a size as often)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _ages(text: str) -> set[tuple[str, object]]:
    turns = [Turn("c", "1", "Speaker 1", "Come on, you're a baby."), Turn("c", "2", "Speaker 2", text),
             Turn("c", "3", "Speaker 3", "Okay, okay.")]
    return {(f.subject.label, f.object) for f in RuleExtractor().extract(turns) if f.predicate == "age"}


@pytest.mark.parametrize(("text", "age"), [
    ("Mom, I'm twenty-six.", 26),
    ("I'm thirteen, that's barely better.", 13),
    ("Excuse me, I am eleven now.", 11),
    ("I'm eighty-two and proud of it.", 82),
    ("Please. I'm forty five.", 45),
])
def test_an_age_in_words_is_the_speaker_s(text: str, age: int) -> None:
    assert ("Speaker 2", age) in _ages(text)


@pytest.mark.parametrize("text", [
    "I'm five minutes away.",
    "I'm one of them.",
    "I'm ten feet tall in these boots.",
    "I'm fifteen pages into it.",
    "I'm five, almost six.",
])
def test_a_number_word_that_counts_something_else_is_no_age(text: str) -> None:
    assert not _ages(text)
