"""A relative's pet as the subject of a clause is the relative's: "my aunt's parrot Kiwi talks a lot" links the aunt
to Kiwi (``hasPet``), and what is said is Kiwi's; chat's "my uncles goat is sick" (no apostrophe before a pet) is the
uncle's goat, not "Ann's uncles". A relative followed by a verb stays the relatives ("my cousins love dogs").
Invented lines."""

from __future__ import annotations

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


def test_a_relatives_pet_named() -> None:
    found = facts("My aunt's parrot Kiwi loves grapes.")
    assert ("Ann's aunt", "hasPet", "Kiwi") in found, found
    assert ("Kiwi", "likes", "grapes") in found, found


def test_chat_without_apostrophe() -> None:
    found = facts("my uncles goat is sick")
    assert ("Ann's uncle", "hasPet", "Ann's uncle's goat") in found, found
    assert ("Ann's uncle's goat", "trait", "sick") in found, found
    assert not any("uncles" in s or "uncles" in o for s, _, o in found), found


def test_relatives_with_a_verb() -> None:
    found = facts("my cousins love dogs")
    assert ("Ann's cousins", "likes", "dogs") in found, found
    assert not any(p == "hasPet" for _, p, _ in found), found


def test_no_one_owns_it() -> None:
    found = facts("Everybody's dog is named after a snack.")
    assert not any(p == "hasPet" for _, p, _ in found), found


def test_a_compound_is_no_pet() -> None:
    found = facts("Where are Tom Baker's boxer shorts?") | facts("Leo Park's boxer shorts.")
    assert not any(p == "hasPet" for _, p, _ in found), found


def test_a_relatives_pet_that_died_is_no_pet_had() -> None:
    found = facts("My aunt's parrot died last spring.")
    assert not any(p == "hasPet" for _, p, _ in found), found
