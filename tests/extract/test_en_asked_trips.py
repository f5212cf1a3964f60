"""A trip to come that a question takes for granted is the asker's ("What do I need for a trip to Morocco?", "tips for
our honeymoon in Santorini?"): a goal to go there; not a trip asked about in general, the other's, one weighed, or one
over."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), ("Ann", "Bob")[i % 2], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "place"), [
    ("What do I need to bring for a trip to Morocco?", "Morocco"),
    ("any packing advice for my trip to Norway next month?", "Norway"),
    ("What should we book first for our honeymoon in Santorini?", "Santorini"),
    ("Could you plan a 3-day itinerary for my visit to Buenos Aires?", "Buenos Aires"),
])
def test_the_trip_a_question_takes_for_granted(text: str, place: str) -> None:
    assert ("Ann", "goal", f"go to {place}") in facts(text), facts(text)


@pytest.mark.parametrize("text", ["When is the best season for a trip to Chile?", "Should I plan a trip to Chile?", "Should we go on a trip to Chile?",
                                  "Did you like my photos from my trip to Lima last spring?",
                                  "How was your trip to Lima?", "What did your sister pack for her trip to Lima?",
                                  "Is it worth saving for a trip to Lima?"])
def test_no_trip_of_the_asker(text: str) -> None:
    found = facts(text)
    assert not any(p == "goal" for _, p, _ in found), found
