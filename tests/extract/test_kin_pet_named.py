"""A relative's pet named in the clause that opens with it: "my brother's dog is named biscuit" and "my aunts parrot
was called pip" give the relative's pet by name (was "Ann's brother's dog", the name lost); a pet named after
someone keeps its placeholder (kg_memory.extract.english.kin_of_kin). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _pets(text: str) -> set[tuple[str, str]]:
    return {(f.subject.label, f.object.label) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "hasPet" and isinstance(f.object, Entity)}


@pytest.mark.parametrize(("text", "pet"), [
    ("my brother's dog is named biscuit", ("Ann's brother", "biscuit")),
    ("my aunts parrot was called pip .", ("Ann's aunt", "pip")),
    ("my moms dog is named after my grandpa", ("Ann's mom", "Ann's mom's dog")),
])
def test_the_relatives_pet(text: str, pet: tuple[str, str]) -> None:
    assert _pets(text) == {pet}, _pets(text)
