"""List questions ("What activities does Ann do?"): their answer is one turn in each of several
sessions, and recall's top 10 holds one from each, not only the best session's many turns (on by
default, with a floor that keeps out sessions far below the best: see ``RecallConfig.lists``)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import numpy as np
import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.ranker import spread_sessions
from kg_memory.recall.relations import asks_list

DEFAULTS = RecallConfig().without("semantic", "dialogue")  # no model to load: fast tests
LEXICAL_ONLY = dataclasses.replace(DEFAULTS, lists=0.0, kinds=0.0)  # without the list pass (nor the kinds)
#: The list pass without its floor: here the long session's turns all match the question, and the
#: answers score under the default floor (a share of the best turn's score).
LISTS = dataclasses.replace(DEFAULTS, list_floor=0.0)

#: One long session in which Ann talks about activities in general, then three short ones in which
#: she names one activity each: those three turns are the answer.
CHAT = ["I love outdoor activities with the kids.", "Which activities do the kids like best?",
        "We plan our family activities every Sunday.", "Family activities keep us close.",
        "The kids chose the activities this week.", "Activities with kids need planning.",
        "I wrote a list of activities for the summer.", "Our activities budget is small.",
        "The kids loved all the activities.", "More activities next week!", "Those activities made us happy.",
        "Do you have activities planned?"]
TURNS = [Turn("s1", str(i + 1), "Ann", text, datetime(2023, 1, 5, 9)) for i, text in enumerate(CHAT)] + [
    Turn("s2", "1", "Bob", "How was your week?", datetime(2023, 2, 9, 9)),
    Turn("s2", "2", "Ann", "I started pottery classes, a new activity for me.", datetime(2023, 2, 9, 9)),
    Turn("s3", "1", "Ann", "I went swimming at the lake, a lovely activity.", datetime(2023, 3, 12, 9)),
    Turn("s3", "2", "Bob", "I finished reading a novel.", datetime(2023, 3, 12, 9)),
    Turn("s4", "1", "Bob", "Any news?", datetime(2023, 4, 2, 9)),
    Turn("s4", "2", "Ann", "I joined a running club; running is my new activity.", datetime(2023, 4, 2, 9)),
]
ANSWER = {("s2", "2"), ("s3", "1"), ("s4", "2")}


def recalled(question: str, config: RecallConfig = LISTS) -> list[tuple[str, str]]:
    """The turns behind the top 10 memories for ``question`` over TURNS."""
    with Memory(recall_config=config) as memory:
        memory.remember(TURNS)
        return [(t.conversation, t.turn) for r in memory.recall(question, 10) for t in r.turns]


def test_a_list_question_over_several_sessions_recalls_a_turn_from_each() -> None:
    found = recalled("What activities does Ann partake in?")
    assert ANSWER <= set(found)
    before = recalled("What activities does Ann partake in?", LEXICAL_ONLY)
    assert not ANSWER & set(before)  # the long session's turns alone, without the list pass
    assert found[:5] == before[:5]  # the best stay first


def test_a_question_for_one_thing_keeps_the_best_session_first() -> None:
    question = "What did Ann write for the summer?"
    assert recalled(question) == recalled(question, LEXICAL_ONLY)


@pytest.mark.parametrize(("question", "expected"), [
    ("What activities does Melanie partake in?", True),
    ("Where has Melanie camped?", True),
    ("What do Jon and Gina both have in common?", True),
    ("How many times has Melanie gone to the beach in 2023?", True),
    ("张三去过哪些城市？", True),
    ("What did Caroline research?", False),
    ("When did Melanie paint a sunrise?", False),
    ("Where does Ann live?", False),
    ("张三住在哪里？", False),
])
def test_list_questions_are_told_apart(question: str, expected: bool) -> None:
    assert asks_list(question) is expected


def test_a_further_session_enters_only_with_a_score_above_the_floor() -> None:
    score = np.array([1.0, 0.9, 0.8, 0.3, 0.01])
    session = np.array([0, 0, 0, 1, 2])
    cfg = RecallConfig(lists=1.0, list_keep=2, list_floor=0.1)
    out = spread_sessions(score, session, np.ones(5, dtype=bool), cfg)
    assert list(np.argsort(-out, kind="stable")) == [0, 1, 3, 2, 4]  # session 1 before session 0's third turn


def test_by_default_a_further_session_far_below_the_best_stays_in_its_place() -> None:
    score = np.array([1.0, 0.9, 0.8, 0.3, 0.005])  # session 2's turn: 0.5% of the best
    session = np.array([0, 0, 0, 1, 2])
    cfg = dataclasses.replace(RecallConfig(), list_keep=2)
    assert cfg.lists
    out = spread_sessions(score, session, np.ones(5, dtype=bool), cfg)
    assert list(np.argsort(-out, kind="stable")) == [0, 1, 3, 2, 4]
