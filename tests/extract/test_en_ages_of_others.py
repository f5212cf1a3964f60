"""A person spoken of by a small age in words ("My niece Lola is six.", "He's only three.", "Pia's seven, Bo's four")
has that age, as "Lola is 6" gives; an hour set ("Bedtime is eight") is none, the speaker's own small number word
stays none ("I'm five, almost six": a score or a size as often), and so does a group counted ("We're four.")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _ages(text: str) -> set[tuple[str, object]]:
    turns = [Turn("c", "1", "Speaker 1", "How old are they now?"), Turn("c", "2", "Speaker 2", text),
             Turn("c", "3", "Speaker 3", "Oh, sweet.")]
    return {(f.subject.label, f.object) for f in RuleExtractor().extract(turns) if f.predicate == "age"}


@pytest.mark.parametrize(("text", "who", "age"), [
    ("My niece Lola is six.", "Lola", 6),
    ("Lola's six.", "Lola", 6),
    ("Gustav's only three, he still naps.", "Gustav", 3),
    ("That's my nephew Bram. He's seven.", "Bram", 7),
    ("Two of them. Pia's seven, Bo's four.", "Pia", 7),
    ("Two of them. Pia's seven, Bo's four.", "Bo", 4),
    ("Oh, my grandson Teodor is turning nine.", "Teodor", 9),
    ("Lola's eight years old.", "Lola", 8),
    ("Gustav's turning six and he's thrilled.", "Gustav", 6),
])
def test_a_small_age_in_words_of_one_spoken_of(text: str, who: str, age: int) -> None:
    assert (who, age) in _ages(text)


@pytest.mark.parametrize("text", [
    "I'm five, almost six.",
    "We're four.",
    "They are three, all boys.",
    "Lola's two cats are asleep.",
    "Lola's five minutes away.",
])
def test_no_age_from_a_count(text: str) -> None:
    assert not _ages(text)


@pytest.mark.parametrize("text", ["Bedtime is eight, no arguing.", "Curfew's eleven.", "Practice is four, then dinner."])
def test_an_hour_set_is_no_age(text: str) -> None:
    assert not _ages(text)
