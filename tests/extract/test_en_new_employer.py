"""A new employer told to an assistant: "I just started at a law firm in Denver", "I started at Google last month"; not
"I started at the bottom", "at 9", "at a new school"."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def said(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Bob", text)])}


@pytest.mark.parametrize(("text", "expected"), [
    ("I just started at an ad agency in Chicago.", {("Bob", "worksFor", "ad agency"), ("Bob", "workLocation", "Chicago")}),
    ("I started at Spotify last month.", {("Bob", "worksFor", "Spotify")}),
    ("I started a new job at Pixar.", {("Bob", "worksFor", "Pixar")}),
    ("My husband just started at a bank.", {("Bob's husband", "worksFor", "bank")}),
])
def test_a_new_employer(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= said(text), said(text)


@pytest.mark.parametrize("text", ["I started at the bottom.", "I started at 9.", "I started at Level 3.",
                                  "I started at a new school.", "I didn't start at Google."])
def test_no_employer_from_other_starts(text: str) -> None:
    assert not any(p in ("worksFor", "workLocation") for _, p, _ in said(text)), said(text)
