"""A home rented now in a town is where one lives (as a home bought there): "I rent an apartment in Queens", "we're
renting a 2 bedroom in queens rn", "my sister rents a condo in Miami"; not a home rented out, for a stay, or denied
("we rent out a flat in Leeds", "I rented a house in Tahoe for the weekend", "I don't rent an apartment in Queens"),
nor a thing rented ("I rent a car in Denver")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("I rent an apartment in Queens", ("Ann", "livesIn", "Queens")),
    ("we're renting a 2 bedroom in queens rn", ("Ann", "livesIn", "queens")),
    ("I'm currently renting a flat in Leeds", ("Ann", "livesIn", "Leeds")),
    ("my sister rents a condo in Miami", ("Ann's sister", "livesIn", "Miami")),
    ("we bought a 3 bedroom in Austin", ("Ann", "livesIn", "Austin")),
])
def test_a_home_rented_in_a_town_is_where_one_lives(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "we rent out a flat in Leeds",
    "I rented a house in Tahoe for the weekend",
    "I don't rent an apartment in Queens",
    "I rent a car in Denver",
    "we're renting a vacation home in Maine",
])
def test_no_home_lived_in(text: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in facts(text))
