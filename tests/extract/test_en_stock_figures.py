"""A stock figure ("he's like Joe Hockey", "a real Joe Lunchbox"): a first name and a common word said as a type of
person, not someone in the talk, so a later "he" does not mean it."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(said: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Speaker 1", "Why are you doing this anyway?"),
             Turn("c", "2", "Speaker 2", said),
             Turn("c", "3", "Speaker 1", "No way! And he plays hockey?! Funny.")]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize("said", [
    "You should see the man she dated. I mean, he's like Joe Hockey.",
    "You should see the man she dated. He's a real Joe Lunchbox.",
])
def test_a_stock_figure_is_no_one_a_pronoun_means(said: str) -> None:
    assert not any(fact[0] == "Joe" for fact in _facts(said))


def test_a_person_named_is_still_the_one_a_pronoun_means() -> None:
    assert ("Joe", "hobby", "hockey") in _facts("She dated Joe for a year.")
