"""Where one is in the middle of something is no home: "Walter is in surgery", "Ben is in traffic", "I'm in
quarantine until Friday" gave a home 'surgery', 'traffic'; "Anna is in Boston this week" still tells where she is."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["Grandpa Lou is in surgery, they said two hours.", "Sorry, Ben is in traffic.",
                                  "I'm in quarantine until Friday.", "Mira's in recovery now."])
def test_an_activity_one_is_in_is_no_home(line: str) -> None:
    found = facts((1, "Any news?"), (2, line))
    assert not any(p == "livesIn" for _, p, _ in found)


def test_a_city_one_is_in_is_still_read() -> None:
    found = facts((1, "Where's Anna these days?"), (2, "Anna is in Boston this week."))
    assert ("Anna", "livesIn", "Boston") in found
