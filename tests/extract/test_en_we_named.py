"""A name given in the turn that tells of a new child or pet names it: "Our son was born Tuesday, we named him Theo",
"I adopted a rescue dog and called her Juniper"; not a name wondered about, nor one that fits no child or pet there."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("We had a baby girl in March. We named her Nora after my grandmother.", ("Ann", "child", "Nora")),
    ("I adopted a rescue dog and called her Juniper.", ("Ann", "hasPet", "Juniper")),
    ("we got a kitten!! we named him Biscuit", ("Ann", "hasPet", "Biscuit")),
])
def test_the_new_one_is_named(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize(("text", "placeholder"), [
    ("We got a puppy! Should we name him Rocky?", "Ann's puppy"),
    ("We adopted a kitten and might call her Pixel", "Ann's kitten"),
    ("We got a puppy. My son called him a menace.", "Ann's puppy"),
])
def test_no_name_wondered_about(text: str, placeholder: str) -> None:
    found = facts(text)
    assert ("Ann", "hasPet", placeholder) in found, found
