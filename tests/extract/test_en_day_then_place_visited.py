""""We drove on Saturday to Tucson.": a day said after "went on" / "drove on" is when one went, and the place after it
is the one visited; no day is stored as a place ("I went on Sunday.", "we went on Tuesday to the dentist" visits no
generic place). Look-alikes keep their places ("went on a cruise to Alaska", "went to Denver on Monday")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "place"), [
    ("We drove on Saturday to Tucson and came back Monday.", "Tucson"),
    ("I flew on Wednesday to Reykjavik with my sister.", "Reykjavik"),
    ("We went on Friday night to Montreal.", "Montreal"),
    ("We took the bus on the weekend to Lake Tahoe.", None),
    ("I went on the weekend to Lake Tahoe with my cousins.", "Lake Tahoe"),
])
def test_the_place_after_a_day_is_visited(text: str, place: str | None) -> None:
    got = told(text)
    assert not any(p == "visited" and o.split()[0].lower() in ("saturday", "wednesday", "friday", "the", "weekend")
                   for _, p, o, _ in got), got
    if place:
        assert any(p == "visited" and o == place for _, p, o, _ in got), got


@pytest.mark.parametrize("text", [
    "I went on Sunday. It was packed.",
    "We went on Thursday to the dentist, both of us.",
    "She drove on Monday morning.",
])
def test_a_day_alone_is_no_place(text: str) -> None:
    assert not any(p == "visited" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "place"), [
    ("I went on a cruise to Alaska last spring.", "Alaska"),
    ("I went to Denver on Monday.", "Denver"),
    ("We went on a road trip to Oregon.", "Oregon"),
])
def test_journeys_and_places_before_a_day_are_kept(text: str, place: str) -> None:
    assert any(p == "visited" and o == place for _, p, o, _ in told(text)), told(text)
