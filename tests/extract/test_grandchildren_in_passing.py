"""Grandchildren said in passing are kept, as children are: "i bake for my six grandkids on sundays" tells that the
speaker has grandchildren (not everyone has them), while "i visited my grandma" or "my aunt called" still tell
nothing (everyone has grandparents and most have aunts; :func:`kg_memory.extract.plausible.passing_relatives`)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "grandchild"), [
    ("on sundays i bake pies with my grandkids", "grandkids"),
    ("my granddaughter keeps stealing my reading glasses", "granddaughter"),
    ("sorry , my two grandsons were yelling in the background", "grandsons"),
    ("most weekends i am babysitting my grandchildren .", "grandchildren"),
])
def test_grandchildren_said_in_passing_are_kept(text: str, grandchild: str) -> None:
    assert ("Ann", "relative", f"Ann's {grandchild}") in _facts(text)


@pytest.mark.parametrize("text", [
    "i visited my grandma yesterday afternoon",   # everyone has grandparents: said in passing, nothing stored
    "my aunt called while i was out",
    "we drove out to see my family for the weekend",
    "do your grandkids visit often ?",           # the listener's, in a question
    "for twenty years we have been grandpa and grandson , you and me",  # either of the two may be the grandpa
])
def test_other_relatives_in_passing_still_give_nothing(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] in ("relative", "parent")}
