""""shes" and "hes", typed without the apostrophe, are "she is" and "he is" (as "she's"): "my sister is a nurse, shes
24", "my brother is a cop, hes 30", "my mom? shes a teacher lol"; "the shes and hes of the world" says nothing."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("my sister is a nurse, shes 24", ("Ann's sister", "age", "24")),
    ("my brother is a cop, hes 30", ("Ann's brother", "age", "30")),
    ("my mom? shes a teacher lol", ("Ann's mom", "jobTitle", "teacher")),
])
def test_shes_and_hes_typed_without_the_apostrophe(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


def test_the_words_as_nouns_say_nothing() -> None:
    assert not facts("the shes and hes of the world")
