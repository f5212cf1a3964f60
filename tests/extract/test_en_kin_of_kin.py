"""English: a relative's relative, or a named person's, as the subject ("my husband's brother works at Boeing", "Nadia's
husband is a chef") is read with the links that lead to them; "her son" after a relative named is that relative's child
("My aunt Rosa lives in Miami. Her son is a pilot."), so that recall can follow the graph to them."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), "Ann", text) for i, text in enumerate(texts, 1)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("texts", "expected"), [
    (("My husband's brother works at Boeing.",),
     {("Ann", "spouse", "Ann's husband"), ("Ann's husband", "sibling", "Ann's husband's brother"),
      ("Ann's husband's brother", "worksFor", "Boeing")}),
    (("My son's girlfriend is from Brazil.",),
     {("Ann", "child", "Ann's son"), ("Ann's son", "partner", "Ann's son's girlfriend"),
      ("Ann's son's girlfriend", "hometown", "Brazil")}),
    (("My wife's sister Mia lives in Rome.",),
     {("Ann", "spouse", "Ann's wife"), ("Ann's wife", "sibling", "Mia"), ("Mia", "livesIn", "Rome")}),
    (("My sister Kate's husband is a dentist.",),
     {("Ann", "sibling", "Kate"), ("Kate", "spouse", "Kate's husband"), ("Kate's husband", "jobTitle", "dentist")}),
    (("My best friend is Nadia.", "Nadia's husband is a chef."),
     {("Ann", "friend", "Nadia"), ("Nadia", "spouse", "Nadia's husband"), ("Nadia's husband", "jobTitle", "chef")}),
    (("My brother lives in Austin.", "His wife's dad is a pilot."),
     {("Ann's brother", "spouse", "Ann's brother's wife"), ("Ann's brother's wife", "parent", "Ann's brother's wife's dad"),
      ("Ann's brother's wife's dad", "jobTitle", "pilot")}),
    (("My aunt Rosa lives in Miami.", "Her son is a pilot."),
     {("Ann", "relative", "Rosa"), ("Rosa", "child", "Rosa's son"), ("Rosa's son", "jobTitle", "pilot")}),
])
def test_the_relative_and_the_way_to_them_are_kept(texts: tuple[str, ...], expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _facts(*texts)


@pytest.mark.parametrize("text", [
    "Mom's sister lives in Ohio.",  # not a person named Mom
    "Everyone's friend is here.",
    "My sister's dog is cute.",  # a pet, read elsewhere
])
def test_no_relative_of_a_word_that_names_no_one(text: str) -> None:
    assert not {f for f in _facts(text) if f[1] in ("sibling", "spouse", "friend") and f[0] != "Ann"}
