"""A relative "in Mrs. Lopez's class" or "in Dr. Kim's office" is in a room of someone titled, not living in a place
called "Mrs" ("My son Eli is in Mr. Patel's class" gave Eli livesIn "Mr"); "in Denver" still is where they live.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "My daughter Rosa is in Mrs. Lopez's class this year.",
    "My husband is in Dr. Kim's office right now.",
    "Our boy Sam is in Ms. Grant's homeroom.",
    "My niece is in Prof. Hale's seminar.",
])
def test_a_titled_person_after_in_is_no_home(line: str) -> None:
    found = facts((1, "Whose parents are here tonight?"), (2, line))
    assert not any(p == "livesIn" for _, p, _ in found), found


def test_a_place_after_in_still_is_the_home() -> None:
    found = facts((1, "Whose parents are here tonight?"), (2, "My daughter Rosa is in Denver this year."))
    assert ("Rosa", "livesIn", "Denver") in found, found
