"""More conditions one has are a trait (as "I have diabetes"): "my mom has alzheimers", "my dad has dementia", "my
grandpa has Parkinson's disease", "i have high blood pressure", "my husband has gout"; a thing for a condition is
none ("my mom has a gout medication", "I have a diabetes appointment tomorrow")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("my mom has alzheimers and lives with my aunt", ("Ann's mom", "trait", "alzheimers")),
    ("My dad has dementia.", ("Ann's dad", "trait", "dementia")),
    ("my grandpa has Parkinson's disease", ("Ann's grandpa", "trait", "parkinson's disease")),
    ("i have high blood pressure so no salt pls", ("Ann", "trait", "high blood pressure")),
    ("my husband has gout lol", ("Ann's husband", "trait", "gout")),
    ("I have crohns", ("Ann", "trait", "crohns")),
    ("my sister has PCOS", ("Ann's sister", "trait", "pcos")),
])
def test_a_condition_had_is_a_trait(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "my mom has a gout medication",
    "I have a diabetes appointment tomorrow",
    "my uncle has a dementia specialist now",
])
def test_a_thing_for_a_condition_is_no_condition(text: str) -> None:
    found = facts(text)
    assert not any(p == "trait" for _, p, _ in found), found
