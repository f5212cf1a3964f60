"""An "I'm <name>" said mimicking a friend who is there, which that friend or a third takes as about the friend ("Is
that supposed to be me?", "That's exactly you."), is no name of the speaker's own; one said to meet someone still is."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _names(said: list[tuple[str, str]]) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i), who, text) for i, (who, text) in enumerate(said, 1)]
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract(turns)
            if f.predicate in ("name", "alternateName")}


def test_a_friend_mimicked_is_no_name_of_the_speaker() -> None:
    said = [("Speaker 1", "Go on, do your impression."), ("Speaker 2", "Ahem. I'm Marco, and I alphabetise my spices."),
            ("Speaker 3", "Is that supposed to be me?"), ("Speaker 1", "Ha! That's exactly you."),
            ("Speaker 3", "I don't sound like that at all.")]
    assert not any(name == "Marco" for _, name in _names(said))


def test_a_name_given_to_meet_someone_is_the_speakers() -> None:
    said = [("Speaker 1", "Hi, I'm Marco."), ("Speaker 2", "Nice to meet you."), ("Speaker 1", "Is this seat free?")]
    assert ("Speaker 1", "Marco") in _names(said)
