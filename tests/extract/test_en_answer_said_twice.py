"""An answer said twice ("Hot, Ernesto. Hot and sticky.") is no name: the word before the comma answers a question,
and the same word heading a short pair ("Hot and sticky.") shows it is a word of the answer, not a call."""
from __future__ import annotations

from tests.extract.dialogue_facts import said_names


def test_answer_word_repeated_is_not_a_name() -> None:
    names = said_names(("Speaker 1", "What was the weather like up north, Odo?"),
                       ("Speaker 2", "Wet, Hugo. Wet and windy."),
                       ("Speaker 1", "Typical."))
    assert not any(name == "Wet" for _, name in names)


def test_answer_word_repeated_with_a_pair_is_not_a_name() -> None:
    names = said_names(("Speaker 1", "How was the new job, Mira?"),
                       ("Speaker 2", "Busy, Jonas. Busy and loud."),
                       ("Speaker 1", "Sounds like you."))
    assert not any(name == "Busy" for _, name in names)

