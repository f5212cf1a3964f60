"""How English speakers say who is with whom and who is whose in chat: "he's your brother" (the addressee's relative),
"he was my college roommate" (a schoolmate too), "he broke up with me" (the man meant, a partner that was), "Ross
cheated on me" / "she is cheating on Tom" (partners), and the advice "Break up with Charlie!" (the one told is with
Charlie).

Invented two-person dialogues. Negations, suppositions, questions and "you are your own boss" give nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import ended_by as ended
from tests.extract.dialogue_facts import said_by as said

A, B = "Speaker 1", "Speaker 2"


# -- "he is your brother": the addressee's relative ----------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Come on, he's your brother.", (A, "sibling", "Tom")),
    ("He is one of your best friends!", (A, "friend", "Tom")),
    ("Well, he is your roommate.", (A, "roommate", "Tom")),
])
def test_he_is_your_relative_relates_him_to_the_one_spoken_to(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, "I ran into Tom at the mall today."), (B, text))


@pytest.mark.parametrize("text", [
    "Is he your brother?",
    "He's not your brother.",
    "If he is your brother, call him.",
])
def test_he_is_your_relative_asked_denied_or_supposed_gives_nothing(text: str) -> None:
    assert not {f for f in said((A, "I ran into Tom at the mall today."), (B, text)) if f[2] == "Tom"}


def test_you_are_your_own_boss_relates_nobody() -> None:
    assert not {f for f in said((A, "I quit my job."), (B, "Good, now you're your own boss.")) if f[1] == "boss"}


def test_a_college_roommate_is_a_schoolmate_too() -> None:
    lines = (A, "I saw Tom at the game."), (B, "He was my old college roommate.")
    assert (B, "classmate", "Tom") in said(*lines) and (B, "roommate", "Tom") in ended(*lines)  # a roommate before
    plain = (A, "I saw Tom at the game."), (B, "He is my roommate.")
    assert (B, "roommate", "Tom") in said(*plain) and (B, "classmate", "Tom") not in said(*plain)


# -- "he broke up with me": the man meant -----------------------------------------------------------------
def test_he_broke_up_with_me_ends_the_partner_meant_not_a_person_called_he() -> None:
    lines = ((A, "I saw Joshua at the cafe."), (B, "I think he broke up with me."))
    assert (B, "partner", "Joshua") in ended(*lines)
    assert not {f for f in ended(*lines) | said(*lines) if f[2] in ("He", "he")}


def test_he_did_not_break_up_with_me_ends_nothing() -> None:
    assert not ended((A, "I saw Joshua at the cafe."), (B, "He didn't break up with me."))


# -- cheating on someone: partners -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Ross cheated on me!", ("Ross", "dated", B)),
    ("Oh my God, Rachel is cheating on Tom!", ("Rachel", "partner", "Tom")),
    ("I cheated on Julie.", (B, "dated", "Julie")),
])
def test_cheating_on_someone_says_they_are_or_were_partners(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said((A, "What happened?"), (B, text))


@pytest.mark.parametrize("text", [
    "Ross never cheated on me.",
    "Did Ross cheat on you?",
    "If Ross cheated on you, leave him.",
    "Ross cheated on the exam.",
])
def test_cheating_denied_asked_supposed_or_on_a_thing_gives_no_partner(text: str) -> None:
    assert not {f for f in said((A, "What happened?"), (B, text)) if f[1] in ("partner", "dated")}


# -- "Break up with Charlie!": advice to the one who is with Charlie -------------------------------------------
def test_telling_someone_to_break_up_with_a_person_says_they_are_together() -> None:
    assert (A, "partner", "Charlie") in said((A, "I don't know what to do anymore."), (B, "Break up with Charlie!"))


@pytest.mark.parametrize("text", [
    "Don't break up with Charlie!",
    "Should I break up with Charlie?",
    "Why don't you break up with Charlie?",
    "If you break up with Charlie, call me.",
])
def test_break_up_advice_denied_asked_or_supposed_gives_nothing(text: str) -> None:
    assert not {f for f in said((A, "I don't know what to do anymore."), (B, text)) if f[2] == "Charlie"}
