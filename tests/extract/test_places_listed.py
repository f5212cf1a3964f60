"""Places visited, listed after one verb: "i have been to portugal and morocco", "we backpacked through Vietnam,
Thailand and Malaysia", "i visited norway and sweden last summer" give a ``visited`` fact for each known place; a word
after "and" that is no place ("i have been to lisbon and loved it", "went to rome and ate a lot") adds none
(kg_memory.extract.english.visits_listed)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _visited(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)).lower() for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "visited" and f.subject.label == "Ann"}


@pytest.mark.parametrize(("text", "places"), [
    ("i have been to portugal and morocco , both were lovely", {"portugal", "morocco"}),
    ("We backpacked through Vietnam, Thailand and Malaysia.", {"vietnam", "thailand", "malaysia"}),
    ("i visited norway and sweden last summer", {"norway", "sweden"}),
    ("i have been to europe and asia", {"europe", "asia"}),
])
def test_each_place(text: str, places: set[str]) -> None:
    assert places <= _visited(text)


@pytest.mark.parametrize(("text", "places"), [
    ("i have been to lisbon and loved it", {"lisbon"}),
    ("we went to rome and ate way too much pasta", {"rome"}),
    ("i have been to peru and my sister has been to chile", {"peru"}),
])
def test_no_more_than_said(text: str, places: set[str]) -> None:
    assert _visited(text) == places
