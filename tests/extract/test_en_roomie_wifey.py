"""Chat words for a roommate and a wife are those people: "my roomie Tasha is a bartender", "my roomies and I",
"my wifey is a nurse" give the roommate and the spouse (as "my roommate", "my wife")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "expected"), [
    ("my roomie Tasha is a bartender", {("Ann", "roommate", "Tasha"), ("Tasha", "jobTitle", "bartender")}),
    ("my roomie is from Brazil", {("Ann", "roommate", "Ann's roomie")}),
    ("my wifey is a nurse lol", {("Ann", "spouse", "Ann's wifey"), ("Ann's wifey", "jobTitle", "nurse")}),
])
def test_chat_words_for_a_roommate_and_a_wife(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(text)
    assert expected <= found, found


def test_the_speakers_roomie_is_no_one_spoken_to() -> None:
    turns = [Turn("c", "1", "Speaker 1", "Hi."), Turn("c", "2", "Speaker 2", "My roomie is sick.")]
    found = {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
             for f in RuleExtractor(name_speakers=False).extract(turns)}
    assert ("Speaker 2", "roommate", "Speaker 2's roomie") in found, found
    assert not any(o == "Speaker 1" or s == "Speaker 1" for s, _, o in found), found
