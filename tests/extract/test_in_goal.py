""""She's in goal", "he's in midfield": a position in a game, no home."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["My son's Idris, he's in goal.", "Idris is in goal today.", "Idris is in midfield."])
def test_a_position_in_a_game_is_no_home(line: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in facts((1, "Which one is yours?"), (2, line)))


def test_a_town_is_still_read() -> None:
    assert ("Idris", "livesIn", "Galway") in facts((1, "Where's Idris now?"), (2, "Idris is in Galway."))
