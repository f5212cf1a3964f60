"""How long someone has lived or worked somewhere, said last without "for" ("I've lived in Toledo sixty years", "I
worked at Target two years"), is not part of the place's name; and being somewhere for months or years ("I've been at
Pinewood Realty eleven years", "been in Chicago for five years now") is a stay, no visit."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import round_robin


@pytest.mark.parametrize(("text", "fact"), [
    ("Move? I've lived in Sandusky forty years, honey.", ("Speaker 2", "livesIn", "Sandusky")),
    ("We lived in Dayton twelve years before that.", ("Speaker 2", "livesIn", "Dayton")),
    ("I worked at Kroger two years and then I quit.", ("Speaker 2", "worksFor", "Kroger")),
    ("My sister lives in Boise, like, twenty-two years now.", ("Speaker 2's sister", "livesIn", "Boise")),
])
def test_a_duration_said_last_is_no_part_of_the_place(text: str, fact: tuple[str, str, str]) -> None:
    facts = round_robin("So where are you from?", text, "Huh.")
    assert fact in facts
    assert not any("years" in o for _, _, o in facts)


@pytest.mark.parametrize(("text", "place"), [
    ("I've been at Halvorsen Insurance nine years.", "Halvorsen Insurance"),
    ("Me? I've been in Montreal for six years now.", "Montreal"),
    ("I've been at Lakeside Clinic for a couple of years.", "Lakeside Clinic"),
])
def test_a_stay_of_years_is_no_visit(text: str, place: str) -> None:
    assert not any(p == "visited" and o == place for _, p, o in round_robin("So?", text, "Huh."))


def test_a_short_stay_is_still_a_visit() -> None:
    assert ("Speaker 2", "visited", "Lisbon") in round_robin("How was it?", "I was in Lisbon for two weeks.", "Nice.")
