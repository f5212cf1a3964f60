"""A thing of one's own named before "i drive", "i own" or "i bought" ("the old jeep i drive", "the boat we just
bought", "the gym that i own") is owned; not one driven or bought for someone else or for work, one said not to be
one's own, one wished for, nor one driven in the past (kg_memory.extract.english.owned_after)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _owned(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "owns"}


@pytest.mark.parametrize(("text", "thing"), [
    ("the old jeep i drive has no air conditioning", "jeep"),
    ("we spent the weekend fixing the boat we just bought", "boat"),
    ("long day at the gym that i own , so many new members", "gym"),
    ("honestly the laptop i bought last month is already slow", "laptop"),
])
def test_owned_after(text: str, thing: str) -> None:
    assert thing in _owned(text)


@pytest.mark.parametrize("text", [
    "the truck i drive for work is a beast",           # for work
    "the bike i bought for my nephew was too big",     # for someone else
    "the van i drive is not mine , it is my uncle's",  # not one's own
    "the sedan i drive is a rental this week",
    "the motorcycle i want to buy costs a fortune",    # wished for
    "the car i drove in high school was a wreck",      # of the past
])
def test_not_owned_after(text: str) -> None:
    assert not _owned(text) - {"Ann's uncle"}
