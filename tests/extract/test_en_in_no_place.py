""""I am in theater", "i'm in business management", "i am in the jewish faith", "i'm in so much debt": a trade, a faith
or a state, not where the speaker lives (no ``livesIn``). A town or a region after "in" is still read as a home."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "i am in theater , its been my thing since i was ten",
    "I'm in business management at a shipping company.",
    "i am in the catholic faith",
    "ugh i am in so much debt right now",
    "i'm in musical theatre lol",
])
def test_no_home(text: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "place"), [("i am in tucson", "tucson"), ("I'm in rural Vermont.", "Vermont")])
def test_a_town_is_still_a_home(text: str, place: str) -> None:
    assert any(p == "livesIn" and place in o for _, p, o, _ in told(text)), told(text)
