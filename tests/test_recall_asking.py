"""Recall lowers turns that ask rather than tell (kg_memory.recall.asking)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.asking import ASKS, ASKS_LAST, TELLS, asking

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue", "neural")  # no model, no background build


@pytest.mark.parametrize(("text", "expected"), [
    ("How did the kids like the museum?", ASKS),
    ("Wow, Ann! How did the kids like it?", ASKS),  # an interjection and a question
    ("We went to the museum. Have you been?", ASKS_LAST),
    ("The kids loved the dinosaur bones.", TELLS),
    ("Did you like it? The kids loved it.", TELLS),  # the question comes first: it answers after
    ("Thoughts? [shares a photo of a bowl with a blue glaze]", TELLS),  # the attachment tells
    ("It is 3.5 miles long. Right?", ASKS_LAST),  # a decimal point ends no sentence
    ("真的吗？你们去哪儿了？", ASKS),
    ("我们昨天去了北京的长城。你去过吗？", ASKS_LAST),
    ("我们昨天去了北京的长城。", TELLS),
    ("", TELLS),
])
def test_a_turn_asks_when_its_sentences_are_questions_or_interjections(text: str, expected: int) -> None:
    assert asking(text) == expected


DAY = datetime(2023, 5, 1, 9)
TURNS = [
    Turn("s1", "1", "Ann", "We took the kids to the museum yesterday.", DAY),
    Turn("s1", "2", "Bob", "Fun! What did the kids like most at the museum?", DAY),
    Turn("s1", "3", "Ann", "The dinosaur bones, they could not stop talking about them.", DAY),
    Turn("s1", "4", "Bob", "What do the kids like to do at home on rainy days?", DAY),
    Turn("s1", "5", "Ann", "Board games mostly, and baking cookies.", DAY),
    Turn("s1", "6", "Bob", "I fixed my bike this morning.", DAY),
]


def ranked(config: RecallConfig, question: str) -> list[str]:
    with Memory(recall_config=config) as memory:
        memory.remember(TURNS)
        found = memory.recall(question, 10)
        return [t.turn for r in found for t in r.turns]


def test_a_turn_that_only_asks_ranks_below_the_turns_that_tell() -> None:
    # Bob's questions share the most words with the question, but they tell nothing ("your kids" would tell that Ann
    # has kids: a fact from his turn, which lifts her answer to it): Ann's
    # answers and her telling turn come first; without the step, a question of Bob's is first
    question = "What did the kids enjoy most at the museum?"
    order = ranked(LEXICAL_ONLY, question)
    assert order[0] in {"1", "3"}, order
    assert all(order.index(told) < order.index(asked) for told in ("1", "3") for asked in ("2", "4")), order
    without = ranked(LEXICAL_ONLY.without("asking"), question)
    assert without[0] in {"2", "4"}, without


def test_the_lowering_factors_are_configurable() -> None:
    # ask_only=1 and ask_last=1 (and no answer raised: answered=0) leave every score as the ranker gave it
    question = "What did the kids enjoy most at the museum?"
    same = RecallConfig(ask_only=1.0, ask_last=1.0, answered=0.0).without("semantic", "dialogue", "neural")
    assert ranked(same, question) == ranked(LEXICAL_ONLY.without("asking"), question)


def test_a_question_naming_a_relation_keeps_the_turns_that_ask_about_it() -> None:
    # "Is Carla your sister?" mentions the relation the question asks for: no turn is lowered
    turns = [Turn("s1", "1", "Bob", "Is Carla your sister?", DAY),
             Turn("s1", "2", "Ann", "Yes, she is.", DAY),
             Turn("s1", "3", "Bob", "My sister Dora is visiting tomorrow.", DAY),
             Turn("s1", "4", "Ann", "I fixed my bike this morning.", DAY)]

    def order(config: RecallConfig) -> list[str]:
        with Memory(recall_config=config) as memory:
            memory.remember(turns)
            return [t.turn for r in memory.recall("Who is Ann's sister?", 10) for t in r.turns]

    found = order(LEXICAL_ONLY)
    assert found == order(LEXICAL_ONLY.without("asking"))
    assert found.index("1") < found.index("3"), found


def test_the_turn_after_one_that_asks_takes_its_place() -> None:
    # Bob's question shares the question's words and is lowered; Ann's answer after it shares none:
    # it takes the asking turn's score (answered=1) and comes first, above the turn that only shares
    # a word; without the step (answered=0) that turn comes first
    turns = [Turn("s1", "1", "Bob", "Wow! Which dance did you do at the festival?", DAY),
             Turn("s1", "2", "Ann", "A contemporary piece called Finding Freedom.", DAY),
             Turn("s2", "3", "Ann", "The festival was loud this year.", DAY),
             Turn("s2", "4", "Bob", "I fixed my bike.", DAY)]
    config = RecallConfig(specific=0.0).without("semantic", "dialogue", "neural", "facts", "graph", "answers")

    def order(answered: float) -> list[str]:
        with Memory(recall_config=dataclasses.replace(config, answered=answered)) as memory:
            memory.remember(turns)
            return [t.turn for r in memory.recall("Which dance was done at the festival?", 10) for t in r.turns]

    assert order(1.0)[0] == "2", order(1.0)
    assert order(0.0)[0] == "3", order(0.0)
