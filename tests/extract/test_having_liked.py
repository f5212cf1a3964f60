"""Liking or minding having a thing says it is had: "i love having a ferret" gives the ferret as the speaker's pet,
"i hate having a van in the city" the van owned. A wish, a past liking, a negation or another's liking says nothing of
what the speaker has. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i love having a ferret", ("Ann", "hasPet", "Ann's ferret")),
    ("we really enjoy having two rabbits", ("Ann", "hasPet", "Ann's two rabbits")),
    ("i hate having a van in the city", ("Ann", "owns", "van")),
])
def test_had(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "i would love having a ferret",
    "i loved having a ferret",
    "i do not like having a van",
    "my cousin loves having a ferret",
])
def test_not_had(text: str) -> None:
    found = facts(text)
    assert not any(s == "Ann" and p in ("hasPet", "owns") for s, p, _ in found), found
