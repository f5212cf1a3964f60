"""A home said with what follows it: whose it is ("a ranch owned by my uncle", "a cabin built by my grandpa"), for how
long ("most of my life"), what for ("moved to Boston just to study"), where ("a condo close to the beach") or what is
done there ("at home working on the farm"). The tail is no part of the place's name; a place whose name holds such a
word, or one named after "close to" as the home's town, stays whole."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("we live on a ranch owned by my uncle", "ranch"),
    ("i live in a cabin built by my grandpa", "cabin"),
    ("i have lived on a sheep farm most of my life", "sheep farm"),
    ("i moved to boston just to go to school", "boston"),
    ("i moved to austin mainly for work", "austin"),
    ("i live in a condo close to the beach", "condo"),
    ("i live on an orchard passed down from my grandma", "orchard"),
])
def test_home_without_its_tail(said: str, place: str) -> None:
    homes = [o for _, p, o, _ in told(said) if p == "livesIn"]
    assert homes == [place], told(said)


@pytest.mark.parametrize(("said", "place"), [
    ("i live in a small town close to Boston", "Boston"),
    ("i work at a bakery owned by my aunt", "bakery"),
])
def test_the_place_meant(said: str, place: str) -> None:
    assert any(o == place for _, _, o, _ in told(said)), told(said)


@pytest.mark.parametrize(("said", "place"), [
    ("i live in Reading", "Reading"),
    ("i live in Wyoming", "Wyoming"),
    ("i live near the Mostar bridge", "Mostar bridge"),
    ("i moved to Justin, Texas", "Justin"),
])
def test_names_stay_whole(said: str, place: str) -> None:
    assert any(p == "livesIn" and place in o for _, p, o, _ in told(said)), told(said)
