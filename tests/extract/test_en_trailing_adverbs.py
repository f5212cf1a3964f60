"""A trailing adverb is no part of what is named: "landed a job at Deloitte finally" works at Deloitte, "moved to
Denver recently" lives in Denver (as without the adverb)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str, speaker: str = "Ann") -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), speaker if i % 2 == 0 else "Bot", t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "fact"), [
    ("landed a job at Deloitte finally", ("Ann", "worksFor", "Deloitte")),
    ("I finally got a job at Target already lol", ("Ann", "worksFor", "Target")),
    ("my sister works at Google already", ("Ann's sister", "worksFor", "Google")),
    ("I moved to Denver recently", ("Ann", "livesIn", "Denver")),
    ("I started working at Costco again", ("Ann", "worksFor", "Costco")),
    ("I've already got a car.", ("Ann", "owns", "car")),  # as "I've got a car"
])
def test_a_trailing_adverb_is_no_part_of_the_object(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found
    assert not any(o.lower().endswith(("finally", "already", "recently", "again")) for _, _, o in found), found
