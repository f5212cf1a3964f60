"""A name closing a retort that turns the words before back on their speaker calls that speaker, where others speak
too: "He can't even boil water." - "Neither can you, Marcus!" names the first Marcus (extract/echoes.py)."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_neither_can_you_names_the_one_before() -> None:
    got = names((1, "Okay, everyone, grab an apron."), (2, "He can't even boil water."),
                (3, "Neither can you, Marcus!"), (1, "Let's start with eggs."))
    assert ("Speaker 2", "Marcus") in got


def test_you_too_names_the_one_before() -> None:
    got = names((1, "Have a great weekend, everyone."), (2, "Enjoy the game tonight."),
                (3, "You too, Priya."), (1, "Bye!"))
    assert ("Speaker 2", "Priya") in got


def test_a_name_closing_no_retort_stays_unsure() -> None:
    got = names((1, "Okay, everyone, grab an apron."), (2, "He can't even boil water."),
                (3, "That's rude, Marcus!"), (1, "Let's start with eggs."))
    assert not any(name == "Marcus" for _, name in got)
