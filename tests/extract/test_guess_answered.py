"""A bare "Your brother <name>." said in a group is for the one who takes it up as news ("Seriously?", "No way!"), not
for the one who spoke before it with a remark about the game."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _siblings(said: list[tuple[str, str]]) -> set[tuple[str, str]]:
    turns = [Turn("c", str(i), who, text) for i, (who, text) in enumerate(said, 1)]
    return {(f.subject.label, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract(turns)
            if f.predicate == "sibling"}


def test_your_brother_named_goes_to_the_one_who_takes_it_as_news() -> None:
    said = [("Speaker 1", "Twenty questions: who did I bump into at the market?"), ("Speaker 2", "Your old teacher."),
            ("Speaker 1", "Nope."), ("Speaker 3", "We'll be here all night at this rate."),
            ("Speaker 4", "Your brother Bram."), ("Speaker 2", "Seriously?")]
    assert _siblings(said) == {("Speaker 2", "Bram")}


def test_your_brother_named_answered_by_the_one_before_stays_theirs() -> None:
    said = [("Speaker 1", "Who did you see?"), ("Speaker 2", "Your brother Bram."), ("Speaker 1", "No way!"),
            ("Speaker 3", "Yes.")]
    assert _siblings(said) == {("Speaker 1", "Bram")}
