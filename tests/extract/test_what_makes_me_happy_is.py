"""What cheers the speaker, named last: "what makes me happy is gardening", "the thing that makes me smile most is my
garden" give ``likes``; so do both things of "scones and jam are my vices". A moment ("what makes me happy is when the
kids laugh") and someone else ("what makes you happy is ...") give none (kg_memory.extract.english.clefts,
kg_memory.extract.english.mentions). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _likes(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "likes"}


@pytest.mark.parametrize(("text", "things"), [
    ("what makes me happy is gardening", {"gardening"}),
    ("what really makes me smile is knitting scarves for friends", {"knitting scarves"}),
    ("what makes me happy , are waffles and syrup .", {"waffles", "syrup"}),
    ("the thing that makes me smile most is my garden", {"garden"}),
    ("scones and jam are my vices", {"scones", "jam"}),
])
def test_liked(text: str, things: set[str]) -> None:
    assert things <= _likes(text), _likes(text)


@pytest.mark.parametrize("text", [
    "what makes me happy is when the kids laugh",
    "what makes you happy is up to you",
    "what makes me happy is not money",
])
def test_nothing_liked(text: str) -> None:
    assert not _likes(text), _likes(text)
