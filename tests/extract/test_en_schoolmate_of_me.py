"""Someone who "went to college with me" is the speaker's classmate, named or pointed at ("Doug went to college with
me.", "Who's Gina?" - "She went to high school with me."), as "I went to school with Dana" is."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*texts: str) -> set[tuple[str, str, str]]:
    speakers = ("Speaker 1", "Speaker 2", "Speaker 3")
    turns = [Turn("c", str(i + 1), speakers[i % 3], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "answer", "name"), [
    ("How do you two know each other?", "Desmond went to college with me. Long time ago.", "Desmond"),
    ("Who's Gina?", "Oh, she went to high school with me.", "Gina"),
    ("Wait, who's the guy in the hat?", "That's Arturo. He also went to grad school with me.", "Arturo"),
])
def test_one_who_went_to_school_with_me_is_a_classmate(question: str, answer: str, name: str) -> None:
    assert ("Speaker 2", "classmate", name) in _facts(question, answer, "Small world.")


@pytest.mark.parametrize("answer", [
    "Desmond went to college with Maria.",
    "Desmond went to college in Ohio.",
])
def test_one_who_went_to_school_with_someone_else_is_no_classmate_of_mine(answer: str) -> None:
    assert not any(p == "classmate" and s == "Speaker 2" for s, p, _ in _facts("So?", answer, "Huh."))
