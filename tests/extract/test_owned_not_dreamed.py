""""my dream car", "my next phone", "our future house", "my rental car" are things not had: no ``owns`` (they gave one
before); "my car", "my new laptop", "my old truck" still do (kg_memory.extract.english.mentions._SCAN_OWN)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _owned(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "owns" and f.subject.label == "Ann" and not f.ended}


@pytest.mark.parametrize("text", [
    "my dream car is a vintage jaguar",
    "my next laptop will be lighter",
    "our future house needs a big garden",
    "my ideal bike has no gears at all",
    "my rental car smells like smoke",
    "my borrowed camera broke",
])
def test_not_had(text: str) -> None:
    assert not _owned(text)


@pytest.mark.parametrize(("text", "thing"), [
    ("i need to vacuum my car this weekend", "car"),
    ("my new laptop is so fast", "laptop"),
    ("my old truck still starts every morning", "truck"),
])
def test_had(text: str, thing: str) -> None:
    assert thing in _owned(text)
