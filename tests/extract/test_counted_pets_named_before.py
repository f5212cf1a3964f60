"""A bare count after "i have" counts the kind of pets the turn named just before, even when that was not the last
thing talked of: "hamsters and tacos . i have four of them" gives four hamsters, "they adore ferrets , i have 2" two
ferrets. Not when relatives were named after the pets ("we love rabbits and i have 2 sons . i have three"), not when a
kind said alone comes after ("the rabbits , cat , and goats ? i have three"), and not from pets named after the count
("i only have two . i have rabbits too"). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def pets(text: str) -> set[str]:
    return {f.object.label for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "hasPet" and isinstance(f.object, Entity)}


@pytest.mark.parametrize(("text", "pet"), [
    ("hamsters and tacos . lol i have four of them .", "Ann's four hamsters"),
    ("they adore ferrets , i have 2 .", "Ann's 2 ferrets"),
    ("i walk my beagles every day , i have 4 .", "Ann's 4 beagles"),
    ("do you have rabbits to keep you busy ? i have three", "Ann's three rabbits"),
])
def test_counted(text: str, pet: str) -> None:
    assert pet in pets(text), pets(text)


@pytest.mark.parametrize("text", [
    "we love rabbits and i have 2 sons . i have three",
    "the rabbits , cat , and goats ? haha , i have three",
    "i only have two ! they are sweet . i have rabbits too",
    "i love rabbits and goats , i have 2",
])
def test_not_counted(text: str) -> None:
    assert not any(p.startswith(("Ann's two", "Ann's three")) for p in pets(text)), pets(text)
