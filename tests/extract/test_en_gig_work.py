"""Work said by what one does for whom ("I drive for Uber", "i deliver for doordash", "I write for the Guardian", "I
drive a van for UPS"): the employer and the job; not what one does for people, for fun or for a living, denied or
supposed."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)]) if not f.ended}


@pytest.mark.parametrize(("text", "employer", "job"), [
    ("i drive for lyft most nights", "lyft", "driver"),
    ("I deliver for Deliveroo on weekends to pay rent", "Deliveroo", "delivery driver"),
    ("I do deliveries for Gopuff", "Gopuff", "delivery driver"),
    ("I write for the Atlantic", "Atlantic", "writer"),
    ("I drive a van for UPS", "UPS", "van driver"),
    ("im driving for doordash rn", "doordash", "driver"),
    ("I tutor for Kumon after school", "Kumon", "tutor"),
])
def test_the_employer_and_the_job(text: str, employer: str, job: str) -> None:
    found = facts(text)
    assert {("Ann", "worksFor", employer), ("Ann", "jobTitle", job)} <= found, found


def test_a_relative_who_drives_for_a_platform() -> None:
    assert ("Ann's brother", "worksFor", "Uber") in facts("My brother drives for Uber.")


@pytest.mark.parametrize("text", ["I cook for my family every night", "I drive for my mom on Sundays", "I write for fun",
                                  "I drive for a living", "I don't drive for Uber", "if I drove for Lyft I'd quit",
                                  "I used to deliver for Grubhub", "I clean for hours on Saturdays"])
def test_no_employer_for_people_fun_denied_or_past(text: str) -> None:
    found = facts(text)
    assert not any(p == "worksFor" for s, p, _ in found if s == "Ann"), found
