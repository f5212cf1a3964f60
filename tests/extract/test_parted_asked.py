""""What happened with Dana?" - "We broke up.": the speaker's tie with the one asked after ends, not every partner."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Turn


def _ended(question: str, answer: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bo", question), Turn("c", "2", "Ann", answer)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns) if f.ended}


@pytest.mark.parametrize(("question", "answer", "predicate"), [
    ("So what happened with Priya?", "We broke up.", "partner"),
    ("How's Priya doing?", "Well, we split up in May.", "partner"),
    ("Are you still seeing Priya?", "No, we broke up.", "partner"),
    ("Where's Priya?", "We got divorced.", "spouse"),
])
def test_the_one_asked_after_ends(question: str, answer: str, predicate: str) -> None:
    got = _ended(question, answer)
    assert ("Ann", predicate, "Priya") in got
    assert ("Ann", predicate, "Ann") not in got


@pytest.mark.parametrize("question", ["What happened, Ann?", "What happened with Priya and Theo?", "How was the trip?"])
def test_no_one_named_ends_whoever_it_was(question: str) -> None:
    got = _ended(question, "We broke up.")
    assert ("Ann", "partner", "Ann") in got
    assert not [f for f in got if f[2] not in ("Ann",)]
