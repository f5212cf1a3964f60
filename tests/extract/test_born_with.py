"""A trait one was born with: "i was born deaf , so i sign", "my niece was born blind", "i was born colour blind" give
the ``trait``; a denial and a birthplace give no trait (kg_memory.extract.english.born_with)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _traits(text: str, who: str = "Ann") -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == who and f.predicate == "trait"}


@pytest.mark.parametrize(("text", "who", "trait"), [
    ("i was born deaf , so i sign", "Ann", "deaf"),
    ("my niece was born blind", "Ann's niece", "blind"),
    ("i was born colour blind", "Ann", "colorblind"),
])
def test_trait(text: str, who: str, trait: str) -> None:
    assert trait in _traits(text, who)


@pytest.mark.parametrize("text", [
    "i was not born deaf , i lost my hearing at ten",
    "i was born in a small town near Leeds",
])
def test_no_trait(text: str) -> None:
    assert not _traits(text)
