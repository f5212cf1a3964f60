"""A workplace whose first word is a thing worked on at home ("car", "garden", "book", "house"): "i work at a car
dealership", "at the garden center", "at a car wash", "at the book store" (``worksFor``). "I work on my car", "i work
in the garden", "i work at the house" still name no employer."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("i work at a car dealership on the west side", "car dealership"),
    ("I work at the garden center near the highway.", "garden center"),
    ("i work at a car wash on weekends", "car wash"),
    ("i work at the book shop downtown", "book shop"),
])
def test_a_workplace(said: str, place: str) -> None:
    assert ("Ann", "worksFor", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", ["i work on my car every weekend", "i work in the garden most mornings",
                                  "i work at the house today", "i work on the yard"])
def test_no_employer(said: str) -> None:
    assert not any(p == "worksFor" for _, p, _, _ in told(said)), told(said)
