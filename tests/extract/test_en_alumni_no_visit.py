"""Two who went to a school together are alumni, and made no visit there: "Priya and I went to USC" gives the school
to both and no visit; the same words with a time or a purpose of a visit ("last Saturday for a campus tour") are a
visit, and no school."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


def test_alumni_made_no_visit() -> None:
    found = facts("Priya and I went to USC, that's where we met.")
    assert {("Ann", "educatedAt", "USC"), ("Priya", "educatedAt", "USC")} <= found, found
    assert ("Ann", "visited", "USC") not in found, found


def test_my_brother_and_i_went_to_a_college() -> None:
    found = facts("My brother and I both went to Carleton College")
    assert ("Ann", "educatedAt", "Carleton College") in found, found
    assert not any(p == "visited" for _, p, _ in found), found


def test_a_visit_said_with_its_time_or_purpose() -> None:
    for text in ("Priya and I went to USC last Saturday for a campus tour.", "Dan and I went to UNLV to see a game"):
        found = facts(text)
        assert not any(p == "educatedAt" for _, p, _ in found), (text, found)
