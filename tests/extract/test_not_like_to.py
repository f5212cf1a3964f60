""""I do not like to <short pastime>" said to end the clause is a dislike: "i do not like to swim .", "i really don't
like to vacuum", "i do not like to wake up !" give ``dislikes``; a hedge ("i do not like to boast"), a longer
phrase read as a plain negation ("i do not like to work on sundays"), a question and another's dislike give the speaker
none (kg_memory.extract.english.not_like_to)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _dislikes(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "dislikes"}


@pytest.mark.parametrize(("text", "thing"), [
    ("i do not like to swim .", "swim"),
    ("i really don't like to vacuum", "vacuum"),
    ("i do not like to wake up !", "wake up"),
    ("honestly i do not like to knit but my mom does", "knit"),
])
def test_dislike(text: str, thing: str) -> None:
    assert thing in _dislikes(text)


@pytest.mark.parametrize("text", [
    "i do not like to boast",
    "i do not like to work on sundays",
    "do you not like to swim ?",
    "my brother does not like to swim",
])
def test_no_dislike(text: str) -> None:
    assert not _dislikes(text)


def test_comma_ends_it() -> None:
    """What follows a comma is another clause, no second thing disliked."""
    found = _dislikes("i do not like to bake , so the bakery saves me")
    assert not {t for t in found if "bakery" in t}
