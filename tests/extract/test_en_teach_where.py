"""The town after the school one teaches at is where one works (as "a nurse at a hospital in Denver"): "I teach
science at a middle school in Fresno", "i teach 7th grade science at a middle school in fresno", "I teach at Lincoln
High in Denver"; not a time or a department ("at a studio in March", "at a school in sales")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "town"), [
    ("I teach science at a middle school in Fresno", "Fresno"),
    ("i teach 7th grade science at a middle school in fresno", "fresno"),
    ("I teach at Lincoln High in Denver", "Denver"),
])
def test_the_town_of_the_school_taught_at(text: str, town: str) -> None:
    found = facts(text)
    assert ("Ann", "workLocation", town) in found, found


@pytest.mark.parametrize("text", ["I teach yoga at a studio in March", "I teach at a school in sales"])
def test_no_town_said(text: str) -> None:
    assert not any(p == "workLocation" for _, p, _ in facts(text))
