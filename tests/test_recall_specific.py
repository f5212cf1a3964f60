"""Recall raises turns that name a specific thing (kg_memory.recall.specific)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.specific import names_thing

DAY = datetime(2023, 5, 1, 9)
LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue", "neural", "facts", "graph", "answers")


@pytest.mark.parametrize(("text", "expected"), [
    ("Last year I went to Lisbon, what a city.", True),
    ('I loved "Becoming Nicole", a true story.', True),
    ("I love exploring new cities, Bob.", False),  # the name of someone who talks
    ("Thanks, Mel! It was fun.", False),  # the start of such a name
    ("Last Friday I went hiking in May.", False),  # a day and a month name a time
    ("Sure. I think so. Lisbon is nice.", False),  # a capital that starts a sentence
    ("Fun! [shares a photo of the Eiffel Tower]", False),  # an attachment is not read
    ("我去了北京。", False),  # no capitals: nothing is told apart
])
def test_a_turn_names_a_thing_with_a_capitalised_word_inside_a_sentence_or_a_title(text: str, expected: bool) -> None:
    assert names_thing(text, {"ann", "bob", "melanie"}) == expected


def order(turns: list[Turn], question: str, specific: float) -> list[str]:
    with Memory(recall_config=dataclasses.replace(LEXICAL_ONLY, specific=specific)) as memory:
        memory.remember(turns)
        return [t.turn for r in memory.recall(question, 10) for t in r.turns]


TURNS = [Turn("s1", "1", "Ann", "I love exploring new cities, Bob.", DAY),
         Turn("s1", "2", "Bob", "It really is.", DAY),
         Turn("s2", "3", "Ann", "Last year I went to Lisbon, what a city.", DAY),
         Turn("s2", "4", "Bob", "Nice.", DAY)]


def test_a_turn_naming_a_thing_ranks_above_small_talk_sharing_the_words() -> None:
    # "cities" matches Ann's small talk best; the turn naming Lisbon comes first with the step
    assert order(TURNS, "Which cities has Ann been to?", 1.0)[0] == "3"
    assert order(TURNS, "Which cities has Ann been to?", 0.0)[0] == "1"


def test_a_when_question_is_left_alone() -> None:
    # a "when" question asks for a time, not a thing: the step changes nothing
    question = "When did Ann explore cities?"
    assert order(TURNS, question, 1.0) == order(TURNS, question, 0.0)
