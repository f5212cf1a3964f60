"""A singular "it" never means pets named in the plural: "my cats are at the groomer . i hate it" dislikes the
situation, not the cats (no ``dislikes`` cats); "them" still means them ("my dogs are the best , i love them")
(kg_memory.extract.english.fragments)."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _felt(text: str) -> set[tuple[str, str]]:
    return {(f.predicate, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate in ("likes", "dislikes")}


def test_it_not_plural_pets() -> None:
    assert ("dislikes", "cats") not in _felt("my cats are at the groomer all day . i hate it")


def test_them_still_pets() -> None:
    assert ("likes", "dogs") in _felt("my dogs are the best , i love them")
