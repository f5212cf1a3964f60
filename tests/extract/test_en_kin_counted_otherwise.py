"""Relatives had, counted with other words than a number ("i have a lot of siblings", "multiple sisters", "a bunch of
siblings", "just the one brother", "three other siblings") or said bare after "and" ("a brother and sisters", "a husband
and kids"): each is had (``sibling``, ``child``). Not a negation ("i don't have a lot of siblings") nor someone else's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "predicate", "kin"), [
    ("i have a lot of siblings , it gets loud", "sibling", "Ann's siblings"),
    ("I have multiple sisters.", "sibling", "Ann's sisters"),
    ("i have a bunch of brothers lol", "sibling", "Ann's brothers"),
    ("i have just the one brother", "sibling", "Ann's brother"),
    ("i have two other siblings", "sibling", "Ann's two siblings"),
    ("i have a brother and sisters", "sibling", "Ann's sisters"),
    ("I have a husband and kids.", "child", "Ann's kids"),
])
def test_kin_counted_otherwise(said: str, predicate: str, kin: str) -> None:
    assert ("Ann", predicate, kin, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "i don't have a lot of siblings",
    "my friend has a bunch of brothers",
    "do you have multiple sisters ?",
])
def test_none_had(said: str) -> None:
    assert not any(s == "Ann" and p == "sibling" for s, p, _, _ in told(said)), told(said)
