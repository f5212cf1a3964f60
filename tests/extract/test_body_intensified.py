"""A body size said with an intensifier: "i am incredibly overweight", "my uncle is morbidly obese", "i am incredibly
tall , six foot two" give the ``trait`` ("overweight", "obese", "tall"); a denial and a feeling ("i am incredibly lucky")
give none (kg_memory.extract.english.identity, lexicon.TRAITS)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _traits(text: str, who: str = "Ann") -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == who and f.predicate == "trait"}


@pytest.mark.parametrize(("text", "who", "trait"), [
    ("i am incredibly overweight , my knees hurt", "Ann", "overweight"),
    ("my uncle is morbidly obese", "Ann's uncle", "obese"),
    ("i am incredibly tall , six foot two", "Ann", "tall"),
])
def test_trait(text: str, who: str, trait: str) -> None:
    assert trait in _traits(text, who)


@pytest.mark.parametrize("text", [
    "i am not obese , just big boned",
    "i am incredibly lucky to have you",
])
def test_no_trait(text: str) -> None:
    assert not _traits(text) - {"big boned"}
