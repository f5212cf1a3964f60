""""We aren't together anymore" ends a couple as "we broke up" does (the one asked after, if the turn before asked
after one by name); "we're not together" (no "anymore") or working together no more ends nothing."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Turn


def _ended(question: str, answer: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bo", question), Turn("c", "2", "Ann", answer)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns) if f.ended}


@pytest.mark.parametrize("answer", ["We aren't together anymore.", "No, we are no longer together."])
def test_the_one_asked_after_is_no_partner(answer: str) -> None:
    assert ("Ann", "partner", "Priya") in _ended("Are you still seeing Priya?", answer)


def test_unnamed_it_ends_whoever_it_was() -> None:
    assert ("Ann", "partner", "Ann") in _ended("Hi.", "Well, we're not together anymore.")


@pytest.mark.parametrize("answer", ["We're not together.", "We don't work together anymore.", "Are we not together anymore?"])
def test_nothing_ends(answer: str) -> None:
    assert not _ended("Hi.", answer)
