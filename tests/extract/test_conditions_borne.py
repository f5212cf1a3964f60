"""A condition of health said with a verb of bearing it, or told other ways: "i suffer from migraines", "i struggle
with anxiety", "i have been dealing with insomnia", "a mild case of ocd", "i am color blind", "i am severely
diabetic", "my fibromyalgia acts up" give the trait; "i struggle with math", "i live with my parents", a denial, a
past bout ("i suffered from anxiety as a teen") and a question give none (kg_memory.extract.english.ailments)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i suffer from fibromyalgia , the cold makes it worse", ("Ann", "trait", "fibromyalgia")),
    ("I struggle with anxiety most days.", ("Ann", "trait", "anxiety")),
    ("i have been dealing with insomnia since spring", ("Ann", "trait", "insomnia")),
    ("my dad suffers from gout", ("Ann's dad", "trait", "gout")),
    ("i got a mild case of ocd", ("Ann", "trait", "ocd")),
    ("i have a bad case of eczema", ("Ann", "trait", "eczema")),
    ("i am color blind so the map is useless to me", ("Ann", "trait", "color blind")),
    ("i am severely diabetic", ("Ann", "trait", "diabetic")),
    ("the damp weather is rough on my fibromyalgia", ("Ann", "trait", "fibromyalgia")),
])
def test_condition_told(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", [
    "i struggle with math homework",
    "i live with my parents and two brothers",
    "i do not suffer from anxiety at all",
    "i suffered from anxiety as a teen",
    "do you suffer from migraines ?",
    "i am not color blind",
    "we raised money for an asthma walk",
])
def test_no_condition(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Ann" and f[1] == "trait"}
