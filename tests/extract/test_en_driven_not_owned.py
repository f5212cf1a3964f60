"""People one drives somewhere, or a vehicle of someone else's, are not owned: "I drive the kids to school", "I drive my
mom to her appointments", "I drive my husband's car"; "I drive our old Volvo", "I drive my own car" still are."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def owned(text: str) -> set[str]:
    return {f.object.label for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])
            if f.predicate == "owns" and isinstance(f.object, Entity)}


@pytest.mark.parametrize("text", ["I drive the kids to school every morning", "I drive my grandma to church on Sundays",
                                  "I drive my sister's minivan most days", "I drive them to practice", "I drive the twins to daycare"])
def test_nothing_owned(text: str) -> None:
    assert not owned(text)


@pytest.mark.parametrize(("text", "thing"), [("I drive our old Volvo", "Volvo"), ("I drive my own car", "car"),
                                             ("I drive a Kia to work", "Kia")])
def test_still_owned(text: str, thing: str) -> None:
    assert thing in owned(text)
