"""Chat words typed after what is said are no part of it: "I love sushi tbh", "i live in denver rn", "i hate mondays
smh", "I love hiking omg" like sushi, live in denver, hate mondays, like hiking."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("I love sushi tbh", ("likes", "sushi")),
    ("i live in denver rn", ("livesIn", "denver")),
    ("i hate mondays smh", ("dislikes", "mondays")),
    ("I love hiking omg", ("likes", "hiking")),
    ("i work at Target btw", ("worksFor", "Target")),
])
def test_a_chat_word_after_the_object_is_no_part_of_it(line: str, fact: tuple[str, str]) -> None:
    assert ("Ann", *fact) in kept(line)
