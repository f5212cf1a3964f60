"""After "I'm a <job> in <town>", a later "it" is the work, not the town the clause ends on: "I'm a teacher in Tucson
Arizona and love it" stores no liking of Tucson Arizona (it did). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "job", "town"), [
    ("I'm a paramedic in Boise Idaho and love it", "paramedic", "Boise"),
    ("I'm a vet tech at a clinic in Fresno and I really love it.", "vet tech", "Fresno"),
])
def test_it_is_the_work(text: str, job: str, town: str) -> None:
    found = facts(text)
    assert ("Ann", "jobTitle", job) in found, found
    assert not any(p == "likes" and town in o for _, p, o in found), found


def test_a_thing_liked_is_still_it() -> None:
    assert ("Ann", "likes", "sushi") in facts("i'm a big fan of sushi, i love it")
