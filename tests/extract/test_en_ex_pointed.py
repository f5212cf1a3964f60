"""An ex pointed at with "he" or "she" ("How do you know Kurt?" - "He's my ex-husband.") was a spouse, as one named
("my ex-husband Kurt") is: the marriage ended, no date; an ex-boyfriend was a partner who was dated."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(*texts: str) -> set[tuple[str, str, str, bool]]:
    speakers = ("Speaker 1", "Speaker 2", "Speaker 3")
    turns = [Turn("c", str(i + 1), speakers[i % 3], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)), f.ended)
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "answer", "name"), [
    ("So how do you know Gunnar?", "Oh, he's my ex-husband. Long story.", "Gunnar"),
    ("Wait, who's Marisa?", "She's my ex-wife.", "Marisa"),
])
def test_an_ex_spouse_pointed_at_was_a_spouse(question: str, answer: str, name: str) -> None:
    facts = _facts(question, answer, "Awkward.")
    assert ("Speaker 2", "spouse", name, True) in facts
    assert not any(p == "dated" for _, p, _, _ in facts)


def test_an_ex_boyfriend_pointed_at_was_dated() -> None:
    facts = _facts("How do you know Teddy?", "He was my ex-boyfriend.", "Oh no.")
    assert ("Speaker 2", "dated", "Teddy", False) in facts
    assert not any(p == "spouse" for _, p, _, _ in facts)
