"""Thinking of moving somewhere is a move planned (as "I'm moving to Berlin"): "I'm thinking about moving to Denver",
"we're thinking of moving back to Austin next year", "my sister is thinking about moving to Seattle", typed without
the "I" too ("thinking about moving to Vermont next spring"); not denied, nor to no place named."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("I'm thinking about moving to Denver", ("Ann", "goal", "move to Denver")),
    ("we're thinking of moving back to Austin next year", ("Ann", "goal", "move to Austin")),
    ("I'm seriously considering relocating to Lisbon", ("Ann", "goal", "move to Lisbon")),
    ("my sister is thinking about moving to Seattle", ("Ann's sister", "goal", "move to Seattle")),
    ("thinking about moving to Vermont next spring", ("Ann", "goal", "move to Vermont")),
    ("considering moving back to Ohio tbh", ("Ann", "goal", "move to Ohio")),
])
def test_thinking_of_moving_is_a_move_planned(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "I'm not thinking about moving to Denver",
    "I'm thinking about moving to a bigger place",
    "If I was thinking about moving to Denver I'd tell you",
])
def test_no_move_planned(text: str) -> None:
    found = facts(text)
    assert not any(p == "goal" for _, p, _ in found), found
