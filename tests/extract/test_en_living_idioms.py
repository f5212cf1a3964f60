"""A way of living said with "live in/on" is no home: "i live on the edge", "we live in the moment", "i kind of live in
a bubble" give no livesIn. A place after the same words still does ("i live on the edge of the forest", "we live in
Moab")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("said", [
    "honestly i live on the edge , skydiving every month",
    "We live in the moment and never plan ahead.",
    "i kind of live in a bubble , to be honest",
    "my husband still lives in the past",
    "i live in up in the woods , far from town",
])
def test_a_way_of_living_is_no_home(said: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(said)), told(said)


@pytest.mark.parametrize(("said", "place"), [
    ("i live on the edge of the forest", "edge of the forest"),
    ("We live in Moab and love the desert.", "Moab"),
])
def test_a_home_after_the_same_words(said: str, place: str) -> None:
    assert ("Ann", "livesIn", place, False) in told(said), told(said)
