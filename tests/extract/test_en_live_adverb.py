"""Where the speaker lives, said with a word of direction or distance between "live" and the place: "i live upstate in
Vermont", "we live way out in the woods", "i live a little outside of Tulsa", "i have lived up in Maine for years"
(``livesIn``). Not "stay up", "stay over" (a night, not a home), not an idiom with no place ("i live up to my name"),
not a negation or a question."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("i live upstate in vermont and drive down for work", "vermont"),
    ("we live way out in the woods , no neighbors at all", "woods"),
    ("i live a little outside of tulsa", "tulsa"),
    ("i have lived up in maine for years now", "maine"),
    ("my cousin and i live down in georgia", "georgia"),
    ("we live out here in the desert with three goats", "desert"),
])
def test_a_home_after_live_and_a_direction(said: str, place: str) -> None:
    assert ("Ann", "livesIn", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "i stay up at night scrolling",
    "i stay over at my friend's place on fridays",
    "i try to live up to my name",
    "i do not live way out in the woods , my aunt does",
    "do you live up in the hills ?",
])
def test_no_home_after_stay_up_or_an_idiom(said: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(said)), told(said)
