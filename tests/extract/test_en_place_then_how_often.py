"""A place gone to keeps no word of how often or how far apart after it: "I drove through Moab once on a road trip."
gave a visit to "Moab once"; "We lived in Akron ten years apart" gave "Akron ten years apart". A place whose name holds
such a word ("the Once Upon a Time diner") keeps it."""

from __future__ import annotations

import pytest

from kg_memory.extract.english.objects import clean_object
from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, place", [
    ("I drove through Moab once on a road trip with my dad.", "Moab"),
    ("We've been to Galveston once, it rained the whole time.", "Galveston"),
])
def test_a_visit_once_is_a_visit_to_the_place(line: str, place: str) -> None:
    found = facts((1, "Have you ever been out west?"), (2, line), (3, "Sounds nice."))
    assert ("Speaker 2", "visited", place) in found
    assert not any(o.startswith(place + " ") for _, _, o in found)


@pytest.mark.parametrize("raw, place", [
    ("Akron ten years apart", "Akron"),
    ("Flagstaff a few months apart", "Flagstaff"),
    ("the Once Upon a Time diner", "Once Upon a Time diner"),
])
def test_how_far_apart_is_no_part_of_a_place(raw: str, place: str) -> None:
    assert clean_object(raw, "place") == place
