"""The people or pets one has, said after one's job with "with", are no employer: "i am a teacher with two brothers",
"I'm a nurse with three kids", "I'm a chef with a dog named Max" give no worksFor; "I'm a consultant with Deloitte"
still names the firm."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize("text", [
    "i am a teacher with two brothers .",
    "I'm a nurse with three kids",
    "I'm a chef with a dog named Max",
    "im a lab tech with my husband and 2 cats",
])
def test_people_or_pets_with_one_are_no_employer(text: str) -> None:
    found = facts(text)
    assert any(p == "jobTitle" for _, p, _ in found), found
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_a_firm_after_with_is_the_employer() -> None:
    assert ("Ann", "worksFor", "Deloitte") in facts("I'm a consultant with Deloitte")
