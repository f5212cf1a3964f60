"""A move planned to a town typed lowercase is a move planned (as "I'm moving to Berlin"): "i'm moving to cleveland
next month", "we're moving to san diego lol", "thinking about moving back to vermont next spring"; not a shift, a
school or a place of no name ("I'm moving to part time", "moving to nights next week", "moving to college in the
fall", "moving to a new place"), nor denied."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i'm moving to cleveland next month", ("Ann", "goal", "move to cleveland")),
    ("we're moving to san diego lol", ("Ann", "goal", "move to san diego")),
    ("thinking about moving back to vermont next spring", ("Ann", "goal", "move to vermont")),
    ("im moving to texas because of work", ("Ann", "goal", "move to texas")),
])
def test_a_move_to_a_lowercase_town(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "I'm moving to part time",
    "I'm moving to nights next week",
    "I'm moving to college in the fall",
    "we're moving to a new place",
    "I'm not moving to cleveland",
])
def test_no_move_to_a_town(text: str) -> None:
    assert not any(p == "goal" and o.startswith("move to") for _, p, o in facts(text))
