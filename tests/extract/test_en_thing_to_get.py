"""A thing or a vehicle to be had, said with a word of getting and a plan, is not owned yet: one reading shared by
the mentions of things and of vehicles (english/lexicon.py TO_GET and PLANNED). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "i think i could afford my own jeep by then",
    "i am saving to purchase my first house",
    "i plan to purchase my first condo",
])
def test_a_thing_planned_is_not_owned(text: str) -> None:
    assert not any(p == "owns" for _, p, _, _ in told(text))


@pytest.mark.parametrize(("text", "thing"), [
    ("i drive my own jeep", "jeep"),
    ("i own my first house", "house"),
    ("i think my truck needs new tires", "truck"),
])
def test_a_thing_had_is_still_owned(text: str, thing: str) -> None:
    assert ("Ann", "owns", thing, False) in told(text)
