"""An unnamed relative is not a named one of the same relation whose first name is of the other gender: "My son Max is
5 and my daughter is 3" gives the daughter age 3 (not Max), "my brother Kyle lives in Ohio and my sister is a nurse"
the sister the nurse, 我儿子小明今年五岁，我女儿三岁 the daughter three, 我哥哥李强住在北京，我姐姐是护士 the sister the nurse; "My sister Jen lives in Ohio. My sister is a nurse."
still binds the sister to Jen."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str, speaker: str = "Ann") -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", speaker, text)])}


@pytest.mark.parametrize(("text", "kept", "not_kept"), [
    ("My son Max is 5 and my daughter is 3", ("Ann's daughter", "age", "3"), ("Max", "age", "3")),
    ("my brother Kyle lives in Ohio and my sister is a nurse", ("Ann's sister", "jobTitle", "nurse"),
     ("Kyle", "jobTitle", "nurse")),
    ("My daughter Emma is a lawyer. My son is a pilot.", ("Ann's son", "jobTitle", "pilot"), ("Emma", "jobTitle", "pilot")),
])
def test_no_binding_across_genders(text: str, kept: tuple[str, str, str], not_kept: tuple[str, str, str]) -> None:
    found = facts(text)
    assert kept in found, found
    assert not_kept not in found, found


def test_the_same_gender_still_binds() -> None:
    found = facts("My sister Jen lives in Ohio. My sister is a nurse.")
    assert ("Jen", "jobTitle", "nurse") in found, found


@pytest.mark.parametrize(("text", "kept", "not_kept"), [
    ("我儿子小明今年五岁，我女儿三岁", ("安娜的女儿", "age", "3"), ("小明", "age", "3")),
    ("我哥哥李强住在北京，我姐姐是护士", ("安娜的姐姐", "jobTitle", "护士"), ("李强", "jobTitle", "护士")),
])
def test_no_binding_across_genders_in_chinese(text: str, kept: tuple[str, str, str], not_kept: tuple[str, str, str]) -> None:
    found = facts(text, "安娜")
    assert kept in found, found
    assert not_kept not in found, found
