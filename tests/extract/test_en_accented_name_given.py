""""Next! Name?" - "Joaquín Ortega.", "And you are?" - "Zoë.", "Hi, I'm Inés, from upstairs.": a name given for
oneself names the speaker when its letters carry accents too, as a plain one does ("Name?" - "Tom Rey.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("asked", "answer", "name"), [
    ("Next! Name?", "Joaquín Ortega.", "Joaquín Ortega"),
    ("Sorry, and you are?", "Zoë. I'm Priya's cousin.", "Zoë"),
    ("Can I help you?", "Hi, I'm Inés, from upstairs. Your music is very loud.", "Inés"),
    ("Next! Name?", "Tom Rey.", "Tom Rey"),
])
def test_a_name_given_for_oneself_names_the_speaker(asked: str, answer: str, name: str) -> None:
    found = names((1, asked), (2, answer), (3, "I'm after them, I think."))
    assert ("Speaker 2", name) in found, found
