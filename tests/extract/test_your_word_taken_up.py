""""Technically I'm your boss" in a group goes to the one who takes up "boss" in the next turn, not to whoever spoke
just before; with nobody taking it up, the turn before stays the one meant."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_who_answers_about_bosses() -> None:
    found = facts((1, "Team, meet Bartholomew, our new designer."), (2, "Welcome aboard! Watch out for Greer."),
                  (3, "Ha. I lead the studio, so technically I'm your boss."), (4, "Hello! I've survived worse bosses."))
    assert ("Speaker 4", "boss", "Speaker 3") in found
    assert ("Speaker 2", "boss", "Speaker 3") not in found


def test_without_uptake_the_turn_before() -> None:
    found = facts((1, "Team, meet Bartholomew."), (2, "Welcome aboard!"), (3, "Technically I'm your boss."), (4, "Lunch?"))
    assert ("Speaker 2", "boss", "Speaker 3") in found
