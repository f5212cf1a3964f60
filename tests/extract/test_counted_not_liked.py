"""A count of what was named before is no thing liked: "i love waffles and just finished eating four of them" and
"i watch a cartoon or two" like waffles and cartoons, never "four" or "two" (kg_memory.extract.english.activities).
Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _likes(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "likes"}


@pytest.mark.parametrize(("text", "liked", "count"), [
    ("i love waffles and just finished eating four of them", "waffles", "four"),
    ("on sundays i watch a cartoon or two", "cartoon", "two"),
])
def test_the_thing_not_the_count(text: str, liked: str, count: str) -> None:
    likes = _likes(text)
    assert liked in likes and count not in likes and f"{count} of them" not in likes, likes
