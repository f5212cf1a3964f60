"""A sense lost, exclaimed ("What is that on your finger?! I'm blind!") is a figure of speech, not a trait; said plainly
it stays one."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn


def _traits(*texts: str) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i), ("Speaker 1", "Speaker 2")[i % 2], t) for i, t in enumerate(texts)]
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract(turns) if f.predicate == "trait"}


@pytest.mark.parametrize("line", ["Whoa, look at that rock! I'm blind!", "Turn that music down, I'm deaf!",
                                  "That flash! I'm totally blind!!"])
def test_an_exclaimed_sense_lost_is_no_trait(line: str) -> None:
    assert _traits("Guess what, we got engaged.", line) == set()


@pytest.mark.parametrize(("line", "trait"), [("I'm deaf, so please write it down.", "deaf"),
                                             ("I'm blind. My dog guides me.", "blind"),
                                             ("I'm pregnant!", "pregnant")])
def test_a_trait_said_plainly_stays(line: str, trait: str) -> None:
    assert _traits("How are things?", line) == {("Speaker 2", trait)}
