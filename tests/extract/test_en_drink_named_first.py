"""A drink named first as the one the speaker drinks: "root beer is what i drink", "sparkling water is all i drink"
give the habit of drinking it (nothing was stored). Look-alikes: a question, a denial, what another drinks, food."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "habit"), [
    ("root beer is what i drink", "drink root beer"),
    ("honestly sparkling water is all i drink", "drink sparkling water"),
    ("black coffee is what i usually drink", "drink black coffee"),
])
def test_drink_named_first(said: str, habit: str) -> None:
    assert ("Ann", "habit", habit, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "is root beer what you drink ?",
    "root beer is not what i drink",
    "root beer is what my brother drinks",
    "pasta is all i eat",
])
def test_no_drink_habit(said: str) -> None:
    assert not any(s == "Ann" and p == "habit" for s, p, _, _ in told(said)), told(said)
