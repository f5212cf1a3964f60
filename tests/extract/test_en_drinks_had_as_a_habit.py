"""A drink had as a habit: "i have a mug of cocoa every night", "i have espresso daily", "i always have a cider after
work", "i'm a big coffee drinker" give the habit of drinking it. Look-alikes: something else had each morning, a drinker
of nothing named, a denial, a question, a drink had once."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "habit"), [
    ("i have a mug of cocoa every night before bed", "drink cocoa"),
    ("honestly i have espresso daily", "drink espresso"),
    ("i always have a cider after work", "drink cider"),
    ("i'm a big coffee drinker", "drink coffee"),
    ("I am a huge green tea drinker.", "drink green tea"),
    ("my uncle is a heavy whiskey drinker", "drink whiskey"),
])
def test_drink_habit(said: str, habit: str) -> None:
    assert any(p == "habit" and o == habit for _, p, o, _ in told(said)), told(said)


@pytest.mark.parametrize("said", [
    "i have a staff meeting every morning",
    "i am a heavy drinker",
    "i am not a big coffee drinker",
    "do you have tea every night ?",
    "i had a latte this morning",
    "i would have a beer every night if i could",
])
def test_no_drink_habit(said: str) -> None:
    assert not any(p == "habit" for _, p, _, _ in told(said)), told(said)
