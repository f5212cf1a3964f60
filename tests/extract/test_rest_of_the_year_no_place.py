"""How long, said after a place ("at Colby the rest of the year", "in Tucson the rest of the time"), is no part of it:
it gave "Colby the rest", "Tucson the rest"."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("text", "predicate", "place"), [
    ("Summers I'm home. I'm a student at Colby the rest of the year.", "studiesAt", "Colby"),
    ("we live in Tucson the rest of the time", "livesIn", "Tucson"),
    ("I lifeguard in July, and I work at Kroger the rest of the year.", "worksFor", "Kroger"),
])
def test_the_place_without_how_long(text: str, predicate: str, place: str) -> None:
    got = facts((1, "So where are you normally?"), (2, text), (3, "Got it."))
    assert ("Speaker 2", predicate, place) in got, got
    assert not {o for s, p, o in got if "rest" in o}, got


def test_a_place_named_rest_stays() -> None:
    got = facts((1, "Where do you live?"), (2, "We live in Rest Haven, up the hill."), (3, "Got it."))
    assert not {o for s, p, o in got if p == "livesIn" and o in ("Rest", "Rest Haven the rest")}, got
