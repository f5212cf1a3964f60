"""A visitor "visiting from" a place, or "in town from" it, lives there: "This is my sister Beatriz, she's visiting from
Sacramento.", "My cousin is visiting from Leeds this week." give the home; "visiting my mom", "visiting from the
hospital" give none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import round_robin


@pytest.mark.parametrize(("text", "fact"), [
    ("Oh, I'm just visiting from Halifax.", ("Speaker 2", "livesIn", "Halifax")),
    ("My nephew is visiting from Leeds this week.", ("Speaker 2's nephew", "livesIn", "Leeds")),
    ("We're visiting from Ohio, actually.", ("Speaker 2", "livesIn", "Ohio")),
])
def test_a_visitor_lives_where_they_visit_from(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in round_robin("Are you new around here?", text, "Welcome!")


@pytest.mark.parametrize("text", [
    "I'm visiting from the hospital, I'm a volunteer.",
    "I'm visiting my aunt.",
])
def test_no_place_said_is_no_home(text: str) -> None:
    assert not any(p == "livesIn" and s == "Speaker 2" for s, p, _ in round_robin("So?", text, "Nice."))
