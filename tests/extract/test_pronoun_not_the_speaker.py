""""He"/"his" said by a speaker is never that speaker: once the others are known to call Speaker 1 "Sal", Sal's own
"his wife" means the man spoken of before, not Sal, though Sal was the last man named."""

from __future__ import annotations

from kg_memory.extract.pronouns import MALE, Discourse
from kg_memory.types import Entity, Fact, Provenance, Turn


def _talk() -> list[Turn]:
    return [Turn("c", "1", "Speaker 2", "My brother Tomas came by the shop today."),
            Turn("c", "2", "Speaker 2", "He stayed an hour with Sal."),
            Turn("c", "3", "Speaker 1", "And his wife sends her love.")]


def test_the_speakers_own_name_is_skipped() -> None:
    turns = _talk()
    discourse = Discourse(turns, [Fact(Entity("Speaker 1", "Person"), "alternateName", "Sal",
                                       sources=(Provenance("c", "1"),))])
    discourse.mention(turns[0], Entity("Tomas", "Person"), MALE)
    discourse.mention(turns[1], Entity("Sal", "Person"), MALE)
    found = discourse.third_person(turns[2], MALE)
    assert found is not None and found[0].label == "Tomas"


def test_without_the_speakers_names_the_last_man_is_taken() -> None:
    turns = _talk()
    discourse = Discourse(turns)
    discourse.mention(turns[0], Entity("Tomas", "Person"), MALE)
    discourse.mention(turns[1], Entity("Sal", "Person"), MALE)
    found = discourse.third_person(turns[2], MALE)
    assert found is not None and found[0].label == "Sal"
