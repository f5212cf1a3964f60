"""A pet taken in is had as an adopted one is: "i just took in a stray kitten", "we have taken in two rescue dogs"
give ``hasPet``; "if i took in a dog" (a thought) and "we took in a show" (no pet) give none
(kg_memory.extract.english.pets_told)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _pets(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "hasPet" and f.subject.label == "Ann"}


@pytest.mark.parametrize(("text", "pet"), [
    ("hello there . i just took in a stray kitten , she is tiny", "Ann's kitten"),
    ("we have taken in two rescue dogs this spring", "Ann's dogs"),
])
def test_pet_taken_in(text: str, pet: str) -> None:
    assert pet in _pets(text)


@pytest.mark.parametrize("text", ["if i took in a dog my landlord would be mad", "we took in a show downtown"])
def test_no_pet_taken_in(text: str) -> None:
    assert not _pets(text)
