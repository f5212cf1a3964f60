"""A move told in a relative clause after a person is their home: "my sister Ines, who just moved to Galway" (Ines
lives in Galway), "my uncle, who recently moved to Halifax" (the uncle's); not a thing moved ("Tom, who moved the
piano") nor a move with no place ("who just moved in with us")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "place"), [
    ("Can you help me write a card to my sister Ines, who just moved to Galway, to cheer her up?", "Ines", "Galway"),
    ("Pick a gift for my uncle, who recently moved to Halifax, something for the cold.", "Ann's uncle", "Halifax"),
    ("My friend Oskar, who moved to Tallinn in May, is visiting.", "Oskar", "Tallinn"),
])
def test_a_move_in_a_relative_clause_is_a_home(said: str, who: str, place: str) -> None:
    assert (who, "livesIn", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "Thank my neighbor Tom, who moved the piano for us.",
    "My brother, who just moved in with us, keeps the TV on all night.",
])
def test_no_home_from_a_thing_moved_or_no_place(said: str) -> None:
    assert not any(p == "livesIn" for _, p, _, _ in told(said)), told(said)
