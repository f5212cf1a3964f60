"""A place exclaimed back ("My sister moved to Fresno." - "Fresno! My aunt's there.") takes up the word of the turn
before: it called nobody, and was given as a name to the one who spoke next."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_place_exclaimed_back_is_no_call() -> None:
    got = names((1, "So where is everyone now?"), (2, "My sister moved to Fresno last spring."),
                (3, "Fresno! My aunt's there."), (1, "Small world."))
    assert not {n for s, n in got if n == "Fresno"}, got


def test_a_town_said_after_in_exclaimed_back() -> None:
    got = names((1, "Where did you grow up?"), (2, "A little farm outside of Ames."),
                (3, "Ames! I did my residency there."), (1, "Huh."))
    assert not {n for s, n in got if n == "Ames"}, got


def test_a_name_exclaimed_after_a_place_is_still_a_call() -> None:
    got = names((1, "Sorry, the traffic from Dayton was awful."), (2, "Lena! You made it!"), (1, "I did."))
    assert ("Speaker 1", "Lena") in got, got
