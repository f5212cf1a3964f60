"""Being "in pharmacy school", "in dental school", "in vet school" is studying there, as "in law school" is: no home
("I'm in pharmacy school" gave livesIn pharmacy school). A room or a town named with such a word is still a place."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "school"), [("I'm in pharmacy school, so I'm broke.", "pharmacy school"),
                                              ("I'm in dental school now.", "dental school"),
                                              ("I'm in vet school, Marco.", "vet school"),
                                              ("I'm still in drama school.", "drama school")])
def test_studies_not_lives(text: str, school: str) -> None:
    got = {(p, o) for _, p, o, _ in told(text)}
    assert ("studiesAt", school) in got, got
    assert not any(p == "livesIn" for p, _ in got), got


@pytest.mark.parametrize("text", ["I'm in Music City this week.", "I live in Dental Springs."])
def test_places_still_places(text: str) -> None:
    assert not any(p == "studiesAt" for _, p, _, _ in told(text))


@pytest.mark.parametrize(("text", "school"), [("honestly i am in highschool and i want to be a vet", "highschool"),
                                              ("im in highschool right now", "highschool"),
                                              ("I'm in fashion design school downtown.", "fashion design school"),
                                              ("i am in music business school", "music business school")])
def test_highschool_and_two_word_kinds(text: str, school: str) -> None:
    """"highschool" typed as one word, and a kind of two words ("fashion design school"): studying, no home."""
    got = {(p, o) for _, p, o, _ in told(text)}
    assert ("studiesAt", school) in got, got
    assert not any(p == "livesIn" for p, _ in got), got


@pytest.mark.parametrize("text", ["I'm in the fashion district today.", "i am in a business meeting"])
def test_no_school_without_the_word(text: str) -> None:
    assert not any(p == "studiesAt" for _, p, _, _ in told(text)), told(text)
