"""A workplace said by its kind and then its name is the place named: "I'm waitressing at a diner called Rosie's",
"I work at a bookshop named Paper Moon in Salem" give Rosie's and Paper Moon; a person said so is no place."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "employer"), [
    ("I'm waitressing at a diner called Rosie's these days", "Rosie's"),
    ("I work at a bookshop named Paper Moon in Salem", "Paper Moon"),
    ("My brother is a cook at a taco place called El Guero", "El Guero"),
    ("I've been bartending at this dive bar called The Rusty Nail", "The Rusty Nail"),
])
def test_the_place_by_its_name(text: str, employer: str) -> None:
    found = facts(text)
    assert any(p == "worksFor" and o == employer for _, p, o in found), found


def test_the_town_after_the_name() -> None:
    assert ("Ann", "workLocation", "Salem") in facts("I work at a bookshop named Paper Moon in Salem")


def test_a_home_town_by_its_name() -> None:
    assert ("Ann", "livesIn", "Harmony") in facts("We live in a tiny town called Harmony.")
