"""Keeping on doing something keeps nothing: "my coworker Dave keeps microwaving fish", "my neighbor keeps feeding
stray cats" give no pet (as "I keep chickens", "my dad keeps tropical fish" do)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize("text", [
    "my coworker Dave keeps microwaving fish in the break room",
    "my neighbor keeps feeding stray cats",
    "my roommate keeps leaving dog hair everywhere",
    "I keep buying plants and killing them lol",
])
def test_keeping_on_doing_is_no_pet(text: str) -> None:
    found = facts(text)
    assert not any(p in ("hasPet", "owns") for _, p, _ in found), found


@pytest.mark.parametrize(("text", "fact"), [
    ("we keep chickens and two goats", ("Ann", "hasPet", "Ann's chickens")),
    ("my dad keeps tropical fish", ("Ann's dad", "hasPet", "Ann's dad's fish")),
])
def test_animals_kept_are_pets(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found
