"""How long or how far one went, said right after a verb of going, is no place visited (issue 13,
:mod:`kg_memory.extract.english.visits_listed`): "my brother drove eleven hours", "we walked three miles", "I flew all
night" tell no visit; "we drove to Denver" still does. Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", [
    "My brother drove eleven hours to get here.",
    "We walked three miles in the rain.",
    "I flew all night, so be nice to me.",
    "She ran five kilometers before breakfast.",
])
def test_a_span_after_a_verb_of_going_is_no_place(line):
    found = facts((1, "You look exhausted."), (2, line), (1, "Sit down then."))
    assert not [f for f in found if f[1] == "visited"]


def test_a_place_after_the_verb_is_still_visited():
    found = facts((1, "Where were you last week?"), (2, "We drove to Denver for my cousin's wedding."), (1, "Fun!"))
    assert ("Speaker 2", "visited", "Denver") in found
