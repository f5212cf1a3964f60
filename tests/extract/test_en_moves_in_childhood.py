"""A move in childhood is where one grew up, not where one lives: "We moved to Ohio when I was ten", "I moved to
Denver as a kid"; a move as a grown-up is a home ("... when I was 25")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "place"), [
    ("We moved to Ohio when I was ten.", "Ohio"),
    ("When I was 12 we moved to Texas.", "Texas"),
    ("We moved to Oregon when I was in high school.", "Oregon"),
    ("I moved to Denver as a kid.", "Denver"),
])
def test_a_move_in_childhood_is_where_one_grew_up(line: str, place: str) -> None:
    assert ("Ann", "hometown", place) in kept(line)
    assert ("Ann", "livesIn", place) not in kept(line)


@pytest.mark.parametrize(("line", "place"), [
    ("We moved to Ohio when I was 25.", "Ohio"),
    ("I moved to Denver when my kid was born.", "Denver"),
    ("I moved to Austin in 2019.", "Austin"),
])
def test_a_move_as_a_grown_up_is_a_home(line: str, place: str) -> None:
    assert ("Ann", "livesIn", place) in kept(line)
