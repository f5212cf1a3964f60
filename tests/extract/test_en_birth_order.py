"""The speaker's siblings told by the speaker's place among the children: "i'm the youngest of four", "i am the oldest
of 3 brothers", "i'm one of five sisters", "as the eldest of four siblings , i ..." (``sibling``). Not a count of
anything else ("one of five finalists"), no count ("the oldest of the group"), a case ("if i were the oldest of
three"), a negation, nor someone else ("she is the youngest of four")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "siblings"), [
    ("i'm the youngest of four , so i got spoiled", "Ann's siblings"),
    ("I am the oldest of 3 brothers.", "Ann's brothers"),
    ("im one of five sisters lol", "Ann's sisters"),
    ("as the eldest of four siblings , i did a lot of babysitting", "Ann's siblings"),
    ("i was the middle child of seven", "Ann's siblings"),
    ("I'm the baby of 6 kids.", "Ann's siblings"),
])
def test_siblings_by_birth_order(said: str, siblings: str) -> None:
    assert ("Ann", "sibling", siblings, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "i am one of five finalists for the job",
    "i am the oldest of the group",
    "if i were the oldest of three i would hate it",
    "i am not the youngest of four",
    "she is the youngest of four",
    "which one of the three do you want ?",
])
def test_no_siblings(said: str) -> None:
    assert not any(p == "sibling" for _, p, _, _ in told(said)), told(said)
