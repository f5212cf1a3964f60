"""What bores the speaker, named first: "opera bores me to tears", "chess really bores me" give ``dislikes``; a person
("he bores me", "my cousin bores me") and a question give none (kg_memory.extract.english.clefts)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _dislikes(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "dislikes"}


@pytest.mark.parametrize(("text", "thing"), [
    ("opera bores me to tears", "opera"),
    ("chess really bores me", "chess"),
    ("honestly , reality shows bore me", "reality shows"),
])
def test_dislike(text: str, thing: str) -> None:
    assert thing in _dislikes(text)


@pytest.mark.parametrize("text", [
    "he bores me with his stories",
    "my cousin bores me",
    "does chess bore you ?",
])
def test_no_dislike(text: str) -> None:
    assert not _dislikes(text)
