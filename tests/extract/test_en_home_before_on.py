"""Where the speaker lives, said after the place in a relative clause with "on" or "at" ("the ranch i live on", "the
boatyard we live at") or as the kind of place ("wyoming is the state i live in"). Not where one is not said to live
("the street i grew up on"), not a thing lived on ("the pension i live on", "the noodles i live on"), not someone
else's home ("the farm she lives on"), not a question."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("we get snowed in every winter on the ranch i live on", "ranch"),
    ("there is a ferry to the island that i live on .", "island"),
    ("the marina we live at has a tiny shop", "marina"),
    ("wyoming is the state i live in , it is windy", "wyoming"),
    ("portland is the city we live in now", "portland"),
])
def test_a_home_before_i_live_on(said: str, place: str) -> None:
    assert ("Ann", "livesIn", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "the street i grew up on was quiet",
    "the pension i live on is tiny",
    "instant noodles are the food i live on",
    "my aunt loves the farm she lives on",
    "is that the island you live on ?",
    "this is the kind of town i live in",
])
def test_no_home_of_the_speaker(said: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(said)), told(said)
