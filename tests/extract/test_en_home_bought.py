"""A home bought in a town is where one lives ("We just bought a house in Denver"), as Chinese 在苏州买了房子; not
a second home, one bought for others, or a time or a price after "in"."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "home", "town"), [
    ("We just bought a townhouse in Raleigh!", "townhouse", "Raleigh"),
    ("we bought our first home in Boise, Idaho last spring", "home", "Boise, Idaho"),
    ("i finally bought an apartment in lisbon lol", "apartment", "lisbon"),
    ("I bought a flat in Leeds and moved in last week", "flat", "Leeds"),
])
def test_a_home_bought_in_a_town_is_where_one_lives(line: str, home: str, town: str) -> None:
    got = kept(line)
    assert ("Ann", "owns", home) in got
    assert ("Ann", "livesIn", town) in got


@pytest.mark.parametrize("line", [
    "We bought a vacation home in Vermont.",
    "we bought a rental condo in Tampa",
    "We bought a house in Tulsa for my in-laws.",
    "I bought a house in cash!",
    "I bought a house in April.",
    "we bought a house in the suburbs",
    "I bought a lamp in Berlin",
    "We want to buy a house in Denver.",
])
def test_no_town_lived_in(line: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in kept(line))


def test_the_town_of_another_buyer_is_theirs() -> None:
    got = kept("My sister just bought a condo in Miami")
    assert ("Ann's sister", "livesIn", "Miami") in got
    assert ("Ann", "livesIn", "Miami") not in got
