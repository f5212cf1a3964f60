"""A body part told by what sets it apart is a look: "i have webbed toes", "i have really long nails", "i have 6 toes
on my left foot" give the trait; a part everyone has ("two legs", "ten fingers", "5 toes"), a measure ("three
fingers of rum"), a denial and a wish give none (kg_memory.extract.english.possessions)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i have webbed toes , swimming is easy", ("Ann", "trait", "webbed toes")),
    ("i have really long nails so typing is slow", ("Ann", "trait", "long nails")),
    ("fun fact : i have 6 toes on my left foot", ("Ann", "trait", "6 toes")),
    ("I have very long arms, great for basketball.", ("Ann", "trait", "long arms")),
    ("my son has big feet", ("Ann's son", "trait", "big feet")),
])
def test_a_part_that_sets_one_apart_is_a_look(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", [
    "i have two legs and a heart",
    "i have ten fingers like everyone",
    "i have 5 toes on each foot",
    "i have three fingers of rum every night",
    "i do not have long legs",
    "i wish i had long legs",
    "i have two left feet when i dance",
])
def test_no_look(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Ann" and f[1] == "trait"}
