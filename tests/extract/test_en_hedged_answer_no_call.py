""""Carpentry? Build, probably.", "Who's cooking?" - "Desmond, I think.": a word opening a turn and closed by a hedge
("probably", "maybe", "I think", "I guess") answers a question; it calls no one, so no speaker gets it as a name.
A name called before other words still is one ("Desmond, probably you should sit.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("answer", [
    "Build, probably. My uncle has a cabinet shop in Dayton.",
    "Desmond, I think. He always volunteers.",
    "Paint, maybe. Or just sleep.",
    "Coach, I guess. If they'd have me.",
])
def test_a_hedged_answer_calls_no_one(answer: str) -> None:
    got = names((1, "Sorry I'm late. What did I miss?"), (3, "So what are you going to do after the course?"),
                (2, answer), (3, "Good for you."), (1, "Pass the chips."))
    word = answer.split(",")[0]
    assert not any(name == word for _, name in got), got


def test_a_name_called_before_other_words_is_kept() -> None:
    got = names((1, "Sorry I'm late."), (2, "Desmond, probably you should sit down first."), (1, "Why?"),
                (2, "Just sit, Desmond."))
    assert ("Speaker 1", "Desmond") in got, got
