""""it" after someone told to be at a place is what happens, not the place: "my dog is at the kennel . i hate it" and
"my kids are at the zoo . i love it" give no liking of the kennel or the zoo; a thing just bought ("i got a new
blender . i hate it") and the speaker's own place ("i am at the lake . i love it") keep theirs
(kg_memory.extract.english.fragments). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _feelings(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate in ("likes", "dislikes")}


@pytest.mark.parametrize("text", [
    "my dog is at the kennel . i hate it",
    "my kids are at the zoo . i love it",
])
def test_not_the_place(text: str) -> None:
    assert not _feelings(text), _feelings(text)


@pytest.mark.parametrize(("text", "thing"), [
    ("i got a new blender . i hate it", "blender"),
    ("i am at the lake . i love it", "lake"),
])
def test_the_thing_meant(text: str, thing: str) -> None:
    assert thing in _feelings(text), _feelings(text)
