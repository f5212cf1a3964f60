"""The degree said with a school finished ("I graduated from Temple with a degree in journalism"): the school, the
degree and its field; "with honors" or a grade names no field."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "who", "school", "field"), [
    ("I graduated from Temple with a degree in journalism.", "Ann", "Temple", "journalism"),
    ("My sister graduated from Rutgers with a bachelor's degree in history last May", "Ann's sister", "Rutgers", "history"),
    ("we both graduated from Oregon State with degrees in forestry", "Ann", "Oregon State", "forestry"),
    ("I graduated from Baylor with a master's in social work in 2019", "Ann", "Baylor", "social work"),
])
def test_the_school_and_the_field(text: str, who: str, school: str, field: str) -> None:
    found = facts(text)
    assert {(who, "educatedAt", school), (who, "fieldOfStudy", field)} <= found, found


@pytest.mark.parametrize("text", ["I graduated from Purdue with honors", "I graduated from high school with a 3.9 GPA",
                                  "I graduated from Temple with my best friend"])
def test_no_field_without_a_degree(text: str) -> None:
    found = facts(text)
    assert not any(p == "fieldOfStudy" for _, p, _ in found), found


@pytest.mark.parametrize(("text", "school"), [
    ("i graduated top of my class at Tulane", "Tulane"),
    ("I graduated summa cum laude from Vassar last spring", "Vassar"),
    ("my brother graduated valedictorian of his class at Lehigh", "Lehigh"),
    ("i graduated with honors from Emory", "Emory"),
])
def test_a_standing_before_the_school_is_no_school(text: str, school: str) -> None:
    schools = {o for _, p, o in facts(text) if p == "educatedAt"}
    assert schools == {school}, schools


@pytest.mark.parametrize("text", ["i graduated valedictorian of my class", "I graduated top of my class, finally",
                                  "i graduated cum laude"])
def test_a_standing_alone_names_no_school(text: str) -> None:
    assert not any(p == "educatedAt" for _, p, _ in facts(text)), facts(text)
