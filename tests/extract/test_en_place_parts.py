"""Where one lives, said with words around the place's name: "downtown Austin", "a suburb of Dallas", "rural Iowa" are
Austin, Dallas and Iowa (one entity with whoever else lives there); a home near a landmark is in the named place that
follows it ("near the river in Hartford"); one near people ("near my in-laws") is in no place said."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "place"), [
    ("I live in downtown Austin", "Austin"),
    ("we live in a little suburb of Dallas", "Dallas"),
    ("I live in rural Iowa with my husband", "Iowa"),
    ("we just moved to the outskirts of Porto", "Porto"),
    ("I live in northern Michigan", "Michigan"),
    ("i live near the river in Hartford", "Hartford"),
    ("I live close to uptown Charlotte", "Charlotte"),
])
def test_the_place_named_not_its_part(text: str, place: str) -> None:
    homes = {o for s, p, o in facts(text) if s == "Ann" and p == "livesIn"}
    assert homes == {place}, homes


@pytest.mark.parametrize("place", ["North Dakota", "South Korea", "West Virginia", "Greater Manchester"])
def test_a_name_that_begins_with_a_direction_is_kept(place: str) -> None:
    assert ("Ann", "livesIn", place) in facts(f"I live in {place}")


@pytest.mark.parametrize("text", ["we live near my in-laws", "i live close to my in-laws now"])
def test_the_people_a_home_is_near_are_no_home(text: str) -> None:
    found = facts(text)
    assert not any(p == "livesIn" for _, p, _ in found), found
