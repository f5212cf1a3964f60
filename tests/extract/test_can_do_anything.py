"""An ability said with "can" and a craft done to anything: "i can bake anything" and "i can sew just about
everything" are skills (bake, sew), as "i can pilot a plane" is; an offer ("i can bake for you", "i can bake you a
pie"), a suggestion ("we can bake anything you want"), a negation and what is no craft ("i can eat anything") give
none (kg_memory.extract.english.abilities). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _skills(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "skill"}


@pytest.mark.parametrize(("text", "skill"), [
    ("i can bake anything", "bake"),
    ("i can bake anything but bread is hard for me", "bake"),
    ("i can sew just about everything", "sew"),
    ("i can pilot a plane", "pilot a plane"),
])
def test_skill(text: str, skill: str) -> None:
    assert skill in _skills(text), _skills(text)


@pytest.mark.parametrize("text", [
    "i can bake for you",
    "i can bake you a pie",
    "we can bake anything you want",
    "i can eat anything",
    "i can not bake anything",
])
def test_no_skill(text: str) -> None:
    assert not _skills(text), _skills(text)
