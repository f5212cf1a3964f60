"""What holds, then "but wish ..." or "and wish ..." with its "i" left out: the wish is a clause of its own and takes
nothing back from what holds before it ("i'm divorced but wish i'd stayed married": divorced; "i have a parrot and
wish i had a dog too": the parrot, no dog) (kg_memory.extract.english.segment.CLAUSE_SPLIT)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str]]:
    return {(f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i'm divorced but wish i had stayed married", ("maritalStatus", "divorced")),
    ("i have a parrot and wish i had a dog too", ("hasPet", "Ann's parrot")),
    ("i live in tulsa but wished i lived by the sea", ("livesIn", "tulsa")),
])
def test_what_holds_before_a_wish_is_kept(text: str, fact: tuple[str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize(("text", "wished"), [
    ("i have a parrot and wish i had a dog too", "Ann's dog"),
    ("i'm divorced but wish i had stayed married", "married"),
    ("i live in tulsa but wished i lived by the sea", "sea"),
])
def test_the_wish_gives_nothing(text: str, wished: str) -> None:
    assert not {f for f in _facts(text) if f[1] == wished}
