"""A speaker known only as "Speaker N" who gives their own name, in the ways people do (kg_memory/extract/self_intros.py):
"My name is ..." opening a sentence, "I'm, uh, ..." with a filler, "It's Ed, actually." putting right the name they were
called, "Nice to meet you. Laura Kent.", "Hi, this is Sam Cole from the bank.", "It's me Lucy!". Look-alikes give no
name: "My name is on the list.", "It's Tuesday, actually.", "Nice to meet you. Great party!".

Invented everyday talk.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("line, name", [
    ("My name is Dana Price. I'm here about the apartment.", "Dana Price"),
    ("Hello. I'm, uh, Nora Vance. I called yesterday.", "Nora Vance"),
    ("It's Ed, actually. Nobody calls me Eddie.", "Ed"),
    ("Hi, nice to meet you. Laura Kent.", "Laura Kent"),
    ("Hi, this is Sam Cole from the bank. Do you have a minute?", "Sam Cole"),
    ("Open up, it's me Lucy!", "Lucy"),
])
def test_a_speaker_giving_their_name_is_named(line: str, name: str) -> None:
    got = names((1, "Hey Eddie, come on in."), (2, line), (1, "Sure, have a seat."))
    assert ("Speaker 2", name) in got
    assert ("Speaker 1", name) not in got


@pytest.mark.parametrize("line", [
    "My name is on the list, I checked.",
    "It's Tuesday, actually.",
    "Nice to meet you. Great party!",
])
def test_look_alikes_name_nobody(line: str) -> None:
    got = names((1, "So, are we done here?"), (2, line), (1, "Okay then."))
    assert got == set()
