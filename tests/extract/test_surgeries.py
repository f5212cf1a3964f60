"""A surgery one is recovering from or just had is a condition of now: "i am recovering from hip surgery" gives the
trait "recovering from hip surgery", "i just had shoulder surgery" and "i had surgery on my wrist last week" a recent
surgery. One long past, one to come, one denied gives nothing. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def traits(text: str) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "trait"}


@pytest.mark.parametrize(("text", "trait"), [
    ("i am home recovering from hip surgery .", ("Ann", "recovering from hip surgery")),
    ("i am still healing from an operation , but good", ("Ann", "recovering from surgery")),
    ("i just had shoulder surgery", ("Ann", "recent shoulder surgery")),
    ("i had surgery on my wrist last week .", ("Ann", "recent surgery")),
    ("my dad recently had heart surgery", ("Ann's dad", "recent heart surgery")),
])
def test_surgery(text: str, trait: tuple[str, str]) -> None:
    assert trait in traits(text), traits(text)


@pytest.mark.parametrize("text", [
    "i had hip surgery in 2009",
    "i had shoulder surgery last year and i just had a baby",
    "i have surgery on tuesday",
    "i never had surgery",
    "did you just have surgery ?",
])
def test_no_surgery(text: str) -> None:
    assert not any("surgery" in t for _, t in traits(text)), traits(text)
