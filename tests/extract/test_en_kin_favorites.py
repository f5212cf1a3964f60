"""A relative's favourite is the relative's: "my nephew's favorite animal is the otter", "my dads favorite team is the
Cubs" give the nephew / the dad and his favourite (nothing was stored: neither the relative nor the favourite), never
the speaker's. Look-alikes: the listener's relative, a pet's favourite, a denial, a question."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "kin", "who", "thing"), [
    ("my nephew's favorite animal is the otter", "relative", "Ann's nephew", "otter"),
    ("my dads favorite team is the cubs", "parent", "Ann's dad", "cubs"),
    ("My daughter's favourite movie is Frozen.", "child", "Ann's daughter", "Frozen"),
    ("lol my wife's fave snack is popcorn", "spouse", "Ann's wife", "popcorn"),
])
def test_the_relative_s_favourite(said: str, kin: str, who: str, thing: str) -> None:
    found = told(said)
    assert ("Ann", kin, who, False) in found, found
    assert (who, "favorite", thing, False) in found, found
    assert not any(s == "Ann" and p == "favorite" for s, p, _, _ in found), found


@pytest.mark.parametrize("said", [
    "your nephew's favorite animal is the otter",
    "my cat's favorite spot is the couch",
    "my wife's favorite snack is not popcorn",
    "is your dad's favorite team the cubs ?",
])
def test_no_favourite(said: str) -> None:
    assert not any(p == "favorite" for _, p, _, _ in told(said)), told(said)
