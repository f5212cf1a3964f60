"""People visited in a town name the town ("we visited Rosa in Tucson": Tucson, not Rosa); going to hear or catch
something is no place ("went to hear the band", "went to catch the fireworks")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "place"), [
    ("We visited Rosa in Tucson over spring break.", "Tucson"),
    ("We visited Jake and Mia out in Denver last month.", "Denver"),
    ("Last summer I visited Grace in Portland.", "Portland"),
])
def test_people_visited_in_a_town_name_the_town(said: str, place: str) -> None:
    found = kept(said)
    assert ("Ann", "visited", place) in found, found
    assert not any(p == "visited" and o != place for _, p, o in found), found


@pytest.mark.parametrize(("said", "place"), [("We visited Lisbon in April.", "Lisbon"), ("I visited Kyoto in 2019.", "Kyoto")])
def test_a_town_visited_in_a_month_is_still_the_town(said: str, place: str) -> None:
    assert ("Ann", "visited", place) in kept(said)


@pytest.mark.parametrize("said", ["We went to hear the band at the park.", "I went to catch the fireworks with my kids.",
                                  "We went to cheer on my nephew's team."])
def test_going_to_hear_or_catch_something_is_no_place(said: str) -> None:
    assert not any(p == "visited" for _, p, _ in kept(said)), kept(said)
