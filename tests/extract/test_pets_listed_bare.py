"""Pets listed without an article are each had: "i have geckos and hamsters" gives both, "i have a ferret and rabbit"
the ferret and the rabbit. A thing for pets is no pet ("i have rabbit and ferret food": not the ferret), and "have to"
has nothing had ("i just have to say geckos and hamsters"). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def pets(text: str) -> set[str]:
    return {f.object.label for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "hasPet" and isinstance(f.object, Entity)}


@pytest.mark.parametrize(("text", "had"), [
    ("i have geckos and hamsters .", {"Ann's geckos", "Ann's hamsters"}),
    ("i have a ferret and rabbit", {"Ann's ferret", "Ann's rabbit"}),
    ("well , i do have a gecko and hamsters", {"Ann's gecko", "Ann's hamsters"}),
])
def test_each_had(text: str, had: set[str]) -> None:
    assert had <= pets(text), pets(text)


@pytest.mark.parametrize("text", [
    "i have rabbit and ferret food",
    "i just have to say geckos and hamsters",
])
def test_none_had(text: str) -> None:
    assert "Ann's ferret" not in pets(text) and "Ann's hamsters" not in pets(text), pets(text)
