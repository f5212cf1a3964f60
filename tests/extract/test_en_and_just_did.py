"""A verb after "and just" or "and recently" goes on with the subject before, as one after a bare "and" does: "i teach
yoga and recently bought a condo" (owns condo), "i bake a lot and just got a kitten" (hasPet kitten)
(kg_memory.extract.english.segment)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str]]:
    return {(f.predicate, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann"}


@pytest.mark.parametrize(("text", "fact"), [
    ("i teach yoga and recently bought a condo", ("owns", "condo")),
    ("i bake a lot and just got a kitten", ("hasPet", "Ann's kitten")),
])
def test_and_just_did(text: str, fact: tuple[str, str]) -> None:
    assert fact in _facts(text)
