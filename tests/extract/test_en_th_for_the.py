""""th" typed for "the" is no part of a name: "i work at th hardware store" works at the hardware store (was "th
hardware store"), "off to work at th mill soon" at the mill. Names that begin with "th" stay whole."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "fact"), [
    ("i work at th hardware store", ("worksFor", "hardware store")),
    ("i am getting ready to go to work at th mill", ("worksFor", "mill")),
    ("i live near th lake", ("livesIn", "lake")),
])
def test_th_is_the(said: str, fact: tuple[str, str]) -> None:
    assert ("Ann", *fact, False) in told(said), told(said)


@pytest.mark.parametrize(("said", "fact"), [
    ("i live in Thailand", ("livesIn", "Thailand")),
    ("i work at Thorn Industries", ("worksFor", "Thorn Industries")),
])
def test_names_stay(said: str, fact: tuple[str, str]) -> None:
    assert ("Ann", *fact, False) in told(said), told(said)
