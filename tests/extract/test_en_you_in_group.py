"""English: "you" opening a clause where more than two speak is the one called by name in the sentence ("Priya, you
work for me"), or the one who just answered the speaker's question; a case supposed ("If you work for me ...") or an
exclaimed guess ("You're pregnant!") tells nothing (extract/english/you_subject.py)."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_name_called_is_the_you_of_the_sentence() -> None:
    got = facts((1, "Has anyone seen my charger?"), (2, "Check the kitchen."),
                (3, "Priya, you work for me, so go find it."))
    assert ("Priya", "boss", "Speaker 3") in got


def test_a_name_called_gives_where_you_live() -> None:
    got = facts((1, "Morning, all."), (2, "Wendy, you live in Boston now."), (3, "I do."))
    assert ("Wendy", "livesIn", "Boston") in got


def test_the_one_who_answered_the_speakers_question() -> None:
    got = facts((1, "Morning, all."), (2, "How was the trip to Denver?"), (3, "Long, but fine."),
                (2, "Well, you work for me now, so rest up."))
    assert ("Speaker 3", "boss", "Speaker 2") in got


def test_no_question_answered_no_name_called_is_nobody() -> None:
    got = facts((1, "Morning, all."), (2, "The trip to Denver was long."), (3, "Long, but fine."),
                (1, "Well, you work for me now, so rest up."))
    assert not any(p == "boss" for _, p, _ in got)


def test_a_case_supposed_or_a_guess_exclaimed_is_not_told() -> None:
    supposed = facts((1, "Morning, all."), (2, "How was the trip to Denver?"), (3, "Long, but fine."),
                     (2, "If you work for me, you rest up."))
    assert not any(p == "boss" for _, p, _ in supposed)
    guessed = facts((1, "Hey, how are you feeling?"), (2, "Sam, we have something to tell you."),
                    (1, "Oh wow! You're pregnant!"), (3, "No!"))
    assert not any(o == "pregnant" for _, _, o in guessed)


def test_a_filler_before_you_is_no_name() -> None:
    got = facts((1, "Morning, all."), (2, "Hmm, you live in Boston now."), (3, "I do."))
    assert not any(s == "Hmm" for s, _, _ in got)
