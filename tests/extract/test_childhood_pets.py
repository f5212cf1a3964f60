"""A pet named with a time of childhood was had then, not now: "i fed my rabbit every morning as a kid" and "my
childhood parrot was named Coco" end the pet (an ended ``hasPet``), no current one. A pet got then or had since may be
had still: "i got my hamster when i was nine", "i have had my cat since i was a kid" keep it. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def pets(text: str) -> set[tuple[str, bool]]:
    return {(getattr(f.object, "label", str(f.object)), f.ended) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "hasPet"}


@pytest.mark.parametrize(("text", "pet"), [
    ("i fed my rabbit every morning as a kid", "Ann's rabbit"),
    ("my childhood parrot was named coco", "Ann's parrot"),
    ("growing up my pony was my best friend", "Ann's pony"),
])
def test_had_then(text: str, pet: str) -> None:
    assert pets(text) == {(pet, True)}, pets(text)


@pytest.mark.parametrize(("text", "pet"), [
    ("i got my hamster when i was nine", "Ann's hamster"),
    ("i have had my cat since i was a kid", "Ann's cat"),
])
def test_had_still(text: str, pet: str) -> None:
    assert pets(text) == {(pet, False)}, pets(text)
