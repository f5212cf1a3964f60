"""A pet named with a time of childhood was had then, not now: "i fed my rabbit every morning as a kid", "my
childhood parrot was named Coco" and "i had a goat as a kid" end the pet of childhood (an ended ``hasPet`` of "Ann's
childhood rabbit", so that stored it closes no rabbit of now), no current one. A pet got then or had since may be
had still: "i got my hamster when i was nine", "i have had my cat since i was a kid" keep it. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory import Memory
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def pets(text: str) -> set[tuple[str, bool]]:
    return {(getattr(f.object, "label", str(f.object)), f.ended) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "hasPet"}


@pytest.mark.parametrize(("text", "pet"), [
    ("i fed my rabbit every morning as a kid", "Ann's childhood rabbit"),
    ("my childhood parrot was named coco", "Ann's childhood parrot"),
    ("growing up my pony was my best friend", "Ann's childhood pony"),
    ("i had a goat as a kid", "Ann's childhood goat"),
    ("when i was little i had three hamsters", "Ann's three childhood hamsters"),
])
def test_had_then(text: str, pet: str) -> None:
    assert pets(text) == {(pet, True)}, pets(text)


@pytest.mark.parametrize(("text", "pet"), [
    ("i got my hamster when i was nine", "Ann's hamster"),
    ("i have had my cat since i was a kid", "Ann's cat"),
])
def test_had_still(text: str, pet: str) -> None:
    assert pets(text) == {(pet, False)}, pets(text)


def test_a_pet_had_at_another_time_too_gives_none() -> None:
    assert pets("i had a ferret too") == set()


def test_the_childhood_pet_leaves_the_pet_of_now_current() -> None:
    memory = Memory(extractor=RuleExtractor())
    memory.remember([Turn("c", "1", "Ann", "i have a dog now , my childhood dog was a collie"),
                     Turn("c", "2", "Ann", "i had a dog as a kid too")])
    assert [f.object.label for f in memory.facts("Ann", "hasPet")] == ["Ann's dog"]
    assert "Ann's childhood dog" in {f.object.label for f in memory.history("Ann", "hasPet")}
