"""A word that starts like a pet or a thing owned is not one: "I've raised my rates" (not "rat"), "no cares in the
world" (not "car") give no pet and nothing owned; "my rats", "two foxes"-like plurals ("fishes") still are."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize("text", ["We bumped our rates up in January.", "my hourly rates are pretty fair",
                                  "I've lowered my rates for returning clients", "I have no cares today",
                                  "Our rates went up again this year"])
def test_no_pet_or_thing_from_a_longer_word(text: str) -> None:
    found = facts(text)
    assert not any(p in ("hasPet", "owns") for _, p, _ in found), found


@pytest.mark.parametrize(("text", "pet"), [("We have two pet rats, Pip and Squeak.", "Pip"),
                                            ("I keep three goldfishes in a tank", "Ann's three goldfishes"),
                                            ("my rats are so clever", "Ann's rats")])
def test_plurals_still_read(text: str, pet: str) -> None:
    found = facts(text)
    assert ("Ann", "hasPet", pet) in found, found
