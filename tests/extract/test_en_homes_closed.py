"""A home closed on is a home bought: "We just closed on our condo in Boise!" (the condo owned, Boise where they live);
"Did you end up getting the house?" - "yes!! closed on Friday, a little bungalow in Oak Park" (the "we" left out in
the reply); not a closing to come or that fell through, a deal, or a shop closed on Sundays."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("said", "home", "town"), [
    ("We just closed on our condo in Boise!", "condo", "Boise"),
    ("I finally closed on a little townhouse in Cary last week.", "townhouse", "Cary"),
])
def test_a_home_closed_on(said: str, home: str, town: str) -> None:
    found = told(said)
    assert {("Ann", "owns", home, False), ("Ann", "livesIn", town, False)} <= found, found


def test_a_reply_closing_on_the_home_asked_about() -> None:
    found = facts((1, "Did you end up getting the house?"), (2, "yes!! closed on Friday, a little bungalow in Oak Park"))
    assert {("Speaker 2", "owns", "bungalow"), ("Speaker 2", "livesIn", "Oak Park")} <= found, found


def test_a_reply_closing_on_the_home_asked_about_unnamed() -> None:
    found = facts((1, "So did you guys buy that condo?"), (2, "Yep, closed yesterday!!"))
    assert ("Speaker 2", "owns", "condo") in found, found


@pytest.mark.parametrize("said", ["We close on the house next month.", "The bakery is closed on Sundays.",
                                  "We closed on the deal with the vendor.", "We didn't close on the house after all."])
def test_no_home_closed_on(said: str) -> None:
    assert not any(p in ("owns", "livesIn") for _, p, _, _ in told(said))


def test_no_closing_after_another_question() -> None:
    found = facts((1, "Is the pool open yet?"), (2, "closed on Mondays, sadly"))
    assert not any(p in ("owns", "livesIn") for _, p, _ in found), found
