"""A name, then "my dad," and another name is an introduction: "Priya, my uncle, Walter." shows Walter, the uncle, to
Priya; Priya is no uncle ("Dad, my boss, Linda" neither makes Dad the boss). "This is Walter, my husband." and "Otto, my
roommate, is from Ohio." still name the relative."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "kin", "named", "shown_to"), [
    ("Priya, my uncle, Walter.", "relative", "Walter", "Priya"),
    ("Grandma, my boss, Linda Ruiz.", "boss", "Linda Ruiz", "Grandma"),
    ("Okay. Marcus, my sister, Jo.", "sibling", "Jo", "Marcus"),
])
def test_shown_to_is_not_the_relative(line: str, kin: str, named: str, shown_to: str) -> None:
    got = facts((1, line), (2, "Nice to meet you."))
    assert ("Speaker 1", kin, named) in got, got
    assert ("Speaker 1", kin, shown_to) not in got, got


@pytest.mark.parametrize(("line", "fact"), [
    ("This is Walter, my husband.", ("Speaker 1", "spouse", "Walter")),
    ("Otto, my roommate, is from Ohio.", ("Speaker 1", "roommate", "Otto")),
    ("I came with Dana, my cousin.", ("Speaker 1", "relative", "Dana")),
])
def test_name_beside_relative_still_names_it(line: str, fact: tuple[str, str, str]) -> None:
    got = facts((1, line), (3, "Hello."), (2, "Hi."))
    assert fact in got, got
