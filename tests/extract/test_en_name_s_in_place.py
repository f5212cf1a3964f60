""""Ottilie's in Lisbon now." is "Ottilie is in Lisbon now.": the "'s" of a name before "in" or "at" and a capitalised
place is "is", so she lives in Lisbon as with "is"; "We met at Jake's in March." and "Tom's In-N-Out order" stay
possessives."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("line", "who", "place"), [("Ottilie's in Lisbon now.", "Ottilie", "Lisbon"),
                                                    ("Oh, Bartek's in Gdansk these days.", "Bartek", "Gdansk")])
def test_a_name_s_in_a_place_is_is(line: str, who: str, place: str) -> None:
    assert any(s == who and p == "livesIn" and o == place for s, p, o, _ in told(line)), told(line)


def test_said_in_a_group() -> None:
    found = facts((1, "How's your cousin?"), (2, "Ottilie's in Lisbon now. She loves it."), (3, "Lucky her."))
    assert ("Ottilie", "livesIn", "Lisbon") in found, found


@pytest.mark.parametrize("line", ["We met at Jake's in March.", "Tom's In-N-Out order was wrong again."])
def test_a_possessive_stays(line: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(line)), told(line)
