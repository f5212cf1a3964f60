"""A doctor in training said as a resident ("Omar is a resident at the hospital", "I'm a third-year psychiatry resident
at Bellevue"): the job, and the hospital as employer; a resident of a place or of a home ("a resident of Nevada", "my
grandpa is a resident at Willow Creek") holds no job."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)]) if not f.ended}


@pytest.mark.parametrize(("text", "who", "employer"), [
    ("Omar is a resident at the hospital.", "Omar", "hospital"),
    ("I'm a third-year psychiatry resident at Bellevue", "Ann", "Bellevue"),
    ("My daughter is a resident at Cedars-Sinai Medical Center now", "Ann's daughter", "Cedars-Sinai Medical Center"),
    ("Leila was a surgical resident at Mount Sinai", "Leila", "Mount Sinai"),
])
def test_the_job_and_the_hospital(text: str, who: str, employer: str) -> None:
    found = {(s, p, o) for s, p, o in facts(text)}
    assert {(who, "jobTitle", "resident"), (who, "worksFor", employer)} <= found, found


def test_the_town_after_the_hospital() -> None:
    found = facts("I'm a pediatric resident at Children's Mercy in Kansas City")
    assert ("Ann", "workLocation", "Kansas City") in found, found


def test_a_resident_in_a_field() -> None:
    assert ("Ann", "jobTitle", "resident") in facts("I'm a second-year resident in dermatology.")


@pytest.mark.parametrize("text", ["I'm a resident of Nevada", "My grandpa is a resident at Willow Creek",
                                  "she is a resident at the nursing home", "I'm not a resident at Mercy Hospital",
                                  "Every resident at the complex got a letter"])
def test_no_job_for_one_who_lives_somewhere(text: str) -> None:
    found = facts(text)
    assert not any(p == "jobTitle" and o == "resident" for _, p, o in found), found
