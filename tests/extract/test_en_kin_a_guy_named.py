"""A relative, friend or boss named with "a guy named ...", "this woman called ..." or "there is called ...": "my
husband is a guy named Raj", "My manager there is called Tina", "my roommate is this girl called Bex" - the person
named is the relative (one entity, no placeholder "Ann's manager" left named beside them)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("my husband is a guy named Raj", ("Ann", "spouse", "Raj")),
    ("My manager there is called Tina.", ("Ann", "boss", "Tina")),
    ("my roommate is this girl called Bex", ("Ann", "roommate", "Bex")),
    ("my boss is a woman named Carol, she's tough", ("Ann", "boss", "Carol")),
    ("my neighbor here is called Sal", ("Ann", "neighbor", "Sal")),
])
def test_the_person_named_is_the_relative(line: str, fact: tuple[str, str, str]) -> None:
    got = kept(line)
    assert fact in got, got
    assert not any(s.startswith("Ann's") for s, _, _ in got), got
