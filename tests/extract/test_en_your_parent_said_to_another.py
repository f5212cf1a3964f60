""""Your mum" said before the turn turns to someone else by name ("Tell your mum, then. Mikael, feet off the seat.")
was said to another: the one who answers "Sorry, Mum." may still be the speaker's child; said to the one who answers,
it still stops the call ("Ask your mum." - "Mum! Trainers!")."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_your_mum_said_before_the_turn_turns_to_another_still_lets_the_call_count() -> None:
    found = facts((1, "My mum packed egg sandwiches again."), (2, "Tell your mum, then. Mikael, feet off the seat."),
                  (3, "Sorry, Mum."), (1, "Can we get chips after?"))
    assert ("Speaker 3", "parent", "Speaker 2") in found


def test_your_mum_said_to_the_one_who_answers_still_stops_the_call() -> None:
    found = facts((1, "Where are my trainers?"), (2, "Ask your mum, I haven't seen them."), (1, "Mum! Trainers!"))
    assert ("Speaker 1", "parent", "Speaker 2") not in found
