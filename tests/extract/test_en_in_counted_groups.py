"""Being in a number of groups is no home (issue 13): "she's in three book clubs", "my brother is in two bands",
"he's in several leagues" give no ``livesIn``; "my sister is in Denver now" still does. Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("text", [
    "My brother is in two bands and a choir.",
    "My cousin Dara is in several leagues at the rec center.",
    "Honestly, my wife is in four book clubs.",
    "I'm in all three of those groups.",
    "Our neighbor is in a few clubs downtown.",
])
def test_groups_counted_are_no_home(text):
    found = facts((1, text), (2, "Wow, busy."))
    assert not [f for f in found if f[1] == "livesIn"]


def test_a_town_is_still_a_home():
    found = facts((1, "My sister is in Denver now."), (2, "Does she like it?"))
    assert ("Speaker 1's sister", "livesIn", "Denver") in found
