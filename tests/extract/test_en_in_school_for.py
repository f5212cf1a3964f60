"""Being in school names the school after it and what one is in school for: "I'm in grad school for social work at
Rutgers" gives the field and Rutgers (not "grad school"), "i'm in grad school at rutgers" (a name typed lowercase),
"my sister is in college studying nursing"; not "in school at night", "in college at the moment", "in college for two
more years"."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "subject", "school", "field"), [
    ("im in grad school for social work at rutgers", "Ann", "rutgers", "social work"),
    ("I'm in nursing school for pediatrics at Drexel.", "Ann", "Drexel", "pediatrics"),
    ("my brother is in law school at penn state lol", "Ann's brother", "penn state", None),
    ("my sister is in college studying accounting", "Ann's sister", "college", "accounting"),
    ("i'm in grad school at tulane rn", "Ann", "tulane", None),
])
def test_the_school_and_field_after_being_in_school(text: str, subject: str, school: str, field: str | None) -> None:
    found = facts(text)
    assert (subject, "studiesAt", school) in found, found
    assert field is None or (subject, "fieldOfStudy", field) in found, found
    assert not any(p == "studiesAt" and o != school for s, p, o in found if s == subject), found


@pytest.mark.parametrize("text", [
    "I'm in school at night",
    "I'm in college at the moment",
    "I'm in college for two more years",
    "I'm in grad school for now",
])
def test_no_school_named_keeps_the_kind(text: str) -> None:
    found = facts(text)
    assert {o for _, p, o in found if p == "studiesAt"} <= {"school", "college", "grad school"}, found
    assert not any(p == "fieldOfStudy" for _, p, _ in found), found
