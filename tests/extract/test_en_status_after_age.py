"""A status listed after the age is said of the same subject: "im 29, single, and i just bought a condo", "I'm 40,
divorced, two kids", "i am 35, married with 3 kids", "my sister is 24, married, lives in ohio" (as "I'm 34 and single")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "expected"), [
    ("im 31, single, and i just adopted a cat", {("Ann", "age", "31"), ("Ann", "maritalStatus", "single")}),
    ("I'm 40, divorced, two kids", {("Ann", "age", "40"), ("Ann", "maritalStatus", "divorced")}),
    ("i am 35, married with 3 kids", {("Ann", "maritalStatus", "married"), ("Ann", "child", "Ann's 3 kids")}),
    ("my sister is 24, married, lives in ohio", {("Ann's sister", "age", "24"), ("Ann's sister", "maritalStatus", "married")}),
    ("I'm 30, married to Tom", {("Ann", "spouse", "Tom")}),
    ("I'm 22, pregnant and scared", {("Ann", "trait", "pregnant")}),
])
def test_a_status_listed_after_the_age(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(text)
    assert expected <= found, found


def test_no_status_where_none_is_listed() -> None:
    found = facts("I'm 30, tall, and I like hiking")
    assert not any(p == "maritalStatus" for _, p, _ in found), found
