"""A pastime one is getting into is taken up ("I've been getting into rock climbing", "we're getting back into
cycling"): a hobby; one tried for ("I'm trying to get back into swimming") is a goal; not trouble, bed or a school, nor a
question or someone else's pastime."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), ("Ann", "Bob")[i % 2], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns) if not f.ended}


@pytest.mark.parametrize(("text", "hobby"), [
    ("I've been getting into rock climbing this year", "rock climbing"),
    ("we're getting back into cycling now that the weather's nice", "cycling"),
    ("Lately I'm really getting into calligraphy.", "calligraphy"),
    ("I got back into crocheting over the holidays", "crocheting"),
])
def test_a_pastime_taken_up(text: str, hobby: str) -> None:
    assert ("Ann", "hobby", hobby) in facts(text), facts(text)


@pytest.mark.parametrize(("text", "goal"), [
    ("I'm trying to get back into swimming after the surgery", "get back into swimming"),
    ("been trying to get into meditation, it's hard", "get into meditation"),
])
def test_a_pastime_tried_for_is_a_goal(text: str, goal: str) -> None:
    found = facts(text)
    assert ("Ann", "goal", goal) in found, found
    assert not any(p == "hobby" for _, p, _ in found), found


@pytest.mark.parametrize("text", ["I keep getting into trouble at work", "I'm getting into bed now",
                                  "Are you getting into gardening?", "My brother is getting into boxing",
                                  "I'm not getting into pilates, no way"])
def test_no_pastime_of_the_speaker(text: str) -> None:
    found = facts(text)
    assert not any(s == "Ann" and p in ("hobby", "goal") for s, p, _ in found), found
