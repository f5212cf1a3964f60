""""the owner of X" is owning X: "i am the proud owner of a 1967 mustang", "my aunt is the owner of a bakery",
"i am the owner of two cats and a parrot" give what is owned (pets as pets); a denial, a question, "the owner's
daughter" and "the owner of my own destiny" give nothing owned (kg_memory.extract.english.possessions.r_owner_of)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i am the proud owner of a 1967 mustang", ("Ann", "owns", "1967 mustang")),
    ("my aunt is the owner of a bakery downtown", ("Ann's aunt", "owns", "bakery")),
    ("I'm the owner of two cats and a parrot.", ("Ann", "hasPet", "Ann's parrot")),
    ("i am the co-owner of a small gym", ("Ann", "owns", "small gym")),
])
def test_the_owner_owns(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", [
    "i am not the owner of this car",
    "are you the owner of the red truck?",
    "i am the owner's daughter",
    "i am the owner of my own destiny",
    "i wish i were the owner of a boat",
])
def test_nothing_owned(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Ann" and f[1] in ("owns", "hasPet")}
