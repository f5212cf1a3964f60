""""my favorite thing" after a doing with one's own is the doing, not the one it is done with: "i like biking with my
brother , my favorite thing" gives no favourite "brother" (it gave one); a kind named ("my favorite pet") and a thing
named last ("i am eating tacos , my favorite") keep theirs (kg_memory.extract.english.clefts). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _favorites(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "favorite"}


@pytest.mark.parametrize("text", [
    "i like biking with my brother , my favorite thing",
    "we go camping with our dogs , my favorite activity",
])
def test_not_the_one_it_is_done_with(text: str) -> None:
    assert not _favorites(text), _favorites(text)


@pytest.mark.parametrize(("text", "thing"), [
    ("i am eating tacos , my favorite .", "tacos"),
    ("i love cuddling with my rabbit , my favorite pet", "rabbit"),
])
def test_a_thing_named(text: str, thing: str) -> None:
    assert thing in _favorites(text), _favorites(text)
