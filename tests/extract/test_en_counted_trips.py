"""The place picked out of the many the speaker counts as seen was visited: "I've been to about 40 countries and
Morocco was my favorite", "we visited 12 national parks, Zion was the best" give visited Morocco / Zion. Another's
trips ("my brother has been to 40 countries, Chile was his favorite") and a plan ("I want to visit 40 countries")
give no visit of the speaker's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("I've been to about 40 countries and Morocco was my favorite.", "Morocco"),
    ("we visited 12 national parks, Zion was the best", "Zion"),
    ("i've traveled to twenty states so far, Alaska was the highlight", "Alaska"),
])
def test_the_place_picked_out_was_visited(said: str, place: str) -> None:
    assert ("Ann", "visited", place, False) in told(said), told(said)


@pytest.mark.parametrize(("said", "place"), [
    ("my brother has been to 40 countries, Chile was his favorite", "Chile"),
    ("I want to visit 40 countries someday, Chile is my dream", "Chile"),
])
def test_no_visit_of_the_speaker(said: str, place: str) -> None:
    assert ("Ann", "visited", place, False) not in told(said), told(said)
