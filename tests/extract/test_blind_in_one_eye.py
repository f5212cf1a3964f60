"""A trait said with the eye or ear it is in: "i am blind in my right eye", "i am partially deaf in one ear", "my
grandpa is deaf in both ears" give the ``trait`` ("blind", "deaf"); "in" followed by anything else still stops it
("i am blind in the dark", "short in stature" are no such trait) (kg_memory.extract.english.identity)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _traits(text: str, who: str = "Ann") -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == who and f.predicate == "trait"}


@pytest.mark.parametrize(("text", "who", "trait"), [
    ("i am blind in my right eye since the accident", "Ann", "blind"),
    ("i am partially deaf in one ear", "Ann", "deaf"),
    ("my grandpa is deaf in both ears", "Ann's grandpa", "deaf"),
])
def test_trait(text: str, who: str, trait: str) -> None:
    assert trait in _traits(text, who)


@pytest.mark.parametrize("text", [
    "i am blind in the dark without my glasses",
    "i am not deaf in one ear , just ignoring you",
])
def test_no_trait(text: str) -> None:
    assert not _traits(text) - {"glasses"}
