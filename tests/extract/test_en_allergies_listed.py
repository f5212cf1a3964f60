"""Several things one is allergic to, listed, are each an allergy: "I'm allergic to peanuts and shellfish", "my son
is allergic to eggs, milk and soy"; a clause after "and" is none ("allergic to cats and my husband loves them")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "subject", "allergies"), [
    ("I'm allergic to peanuts and shellfish", "Ann", ("peanuts", "shellfish")),
    ("my son is allergic to eggs, milk and soy", "Ann's son", ("eggs", "milk", "soy")),
    ("my daughter is allergic to eggs and dairy lol", "Ann's daughter", ("eggs", "dairy")),
    ("im allergic to penicillin and latex", "Ann", ("penicillin", "latex")),
])
def test_each_allergy_listed_is_kept(text: str, subject: str, allergies: tuple[str, ...]) -> None:
    found = facts(text)
    for allergy in allergies:
        assert (subject, "trait", f"allergic to {allergy}") in found, found


@pytest.mark.parametrize(("text", "kept", "not_kept"), [
    ("I'm allergic to cats and my husband loves them", "cats", "my husband"),
    ("I'm allergic to bees and I live near a farm", "bees", "i live"),
])
def test_a_clause_after_and_is_no_allergy(text: str, kept: str, not_kept: str) -> None:
    found = facts(text)
    assert ("Ann", "trait", f"allergic to {kept}") in found, found
    assert not any(o.lower().startswith(f"allergic to {not_kept}") for _, _, o in found), found
