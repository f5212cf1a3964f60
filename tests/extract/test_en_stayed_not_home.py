"""A place one stays at that is no home: "i stay at the hospital after work", "i stay in the library", "i'm staying at a
hotel downtown", "we are staying in a motel" (no ``livesIn``). A town stayed in, a home stayed at ("i stay at my
parents house") and a hotel lived in ("i live in a hotel") are still homes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("said", [
    "after my shift i stay at the hospital and nap",
    "i stay in the library till it closes",
    "I'm staying at a hotel downtown.",
    "we are staying in a cheap motel",
    "i usually stay at the gym late",
])
def test_no_home(said: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(said)), told(said)


@pytest.mark.parametrize(("said", "place"), [
    ("i stay in ohio", "ohio"),
    ("i stay at my parents house", "parents house"),
    ("i live in a hotel", "hotel"),
])
def test_still_a_home(said: str, place: str) -> None:
    assert ("Ann", "livesIn", place, False) in told(said), told(said)
