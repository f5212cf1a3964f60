"""Work said with the shift before the workplace ("i work overnight at a factory", "overnights in a motel", "close at a
diner": the closing shift) gives the employer, and a trade said without "in" ("i work fast food", "i work daycare")
gives the worker of that trade, as "i work retail" does. "i work close to home" names no workplace."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("i work overnight at a bottling plant", "bottling plant"),
    ("we both work overnights in a motel", "motel"),
    ("i work close at a taco place on fridays", "taco place"),
])
def test_employer_after_the_shift(said: str, place: str) -> None:
    assert any(p == "worksFor" and o == place for _, p, o, _ in told(said)), told(said)


@pytest.mark.parametrize(("said", "title"), [
    ("i work fast food to pay for college", "fast food worker"),
    ("lol i work daycare so i am always tired", "daycare worker"),
    ("i work childcare part time", "childcare worker"),
])
def test_trade_without_in(said: str, title: str) -> None:
    assert any(p == "jobTitle" and o == title for _, p, o, _ in told(said)), told(said)


@pytest.mark.parametrize("said", [
    "i work close to home",
    "i would never work fast food again",
    "do you work daycare ?",
    "i do not work overnight at the plant anymore",
])
def test_no_workplace(said: str) -> None:
    assert not any(p in ("worksFor", "jobTitle") and not ended for _, p, _, ended in told(said)), told(said)
