"""Two people said to be roommates or friends of a time of life ("Priya and Dana were college roommates", "Omar and
Lee are childhood friends"): the relation holds between them as without the words of when (issue 13,
:mod:`kg_memory.extract.english.relations`). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, pair", [
    ("Priya and Dana were college roommates at Tulane.", ("Priya", "roommate", "Dana")),
    ("Omar and Lee are childhood friends.", ("Omar", "friend", "Lee")),
    ("Greta and Hal were high school friends.", ("Greta", "friend", "Hal")),
])
def test_roommates_or_friends_of_a_time_of_life(line, pair):
    assert pair in facts((1, "How do they know each other?"), (2, line), (1, "Oh, nice."))
