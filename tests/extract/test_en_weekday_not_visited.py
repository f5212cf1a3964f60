""""I drove Thursday, so it's your turn.", "We flew Saturday night.": a day of the week after a verb of going is when one
went, no place visited; a place after it is still one ("We flew to Quito last Saturday.", "I visited Sunday River")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "I drove Thursday, so it's your turn to drive.",
    "We flew Saturday night and landed at dawn.",
    "I went Wednesday. The line was short.",
    "She traveled Monday because the fares were cheaper.",
])
def test_a_day_of_the_week_is_no_place_visited(text: str) -> None:
    assert not any(p == "visited" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "place"), [
    ("We flew to Quito last Saturday.", "Quito"),
    ("I visited Sunday River last winter.", "Sunday River"),
    ("I went to Tucson on Friday.", "Tucson"),
])
def test_a_place_said_with_a_day_is_still_visited(text: str, place: str) -> None:
    assert any(p == "visited" and o == place for _, p, o, _ in told(text)), told(text)
