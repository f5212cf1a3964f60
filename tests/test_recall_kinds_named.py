"""Questions that name a kind of thing without asking for a list ("What is Ann's relationship status?",
"安娜喜欢做什么运动？"), and list questions narrowed by another kind ("What activities has Ann done with her
family?"): the turn that names a member ("raising them as a single mom", "周末常去游泳", "took the kids
swimming") reaches the top 7 though it shares no word with the question (:mod:`kg_memory.recall.categories`)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.categories import asked_kinds, named_kinds

FAST = RecallConfig().without("semantic", "dialogue")  # no model to load
OFF = dataclasses.replace(FAST, kinds=0.0)


def _session(name: str, day: datetime, lines: list[tuple[str, str]]) -> list[Turn]:
    return [Turn(name, str(i + 1), who, text, day) for i, (who, text) in enumerate(lines)]


def _chat(talk: list[str], told: list[list[str]], first: str = "Ann", other: str = "Bob") -> list[Turn]:
    """A long first session in which ``first`` talks in the question's words (``talk``), then one short
    session for each of ``told`` (``first``'s lines, each answered by ``other``)."""
    turns = _session("s1", datetime(2023, 1, 5, 9), [(first if i % 2 == 0 else other, line)
                                                     for i, line in enumerate(talk)])
    for n, lines in enumerate(told, start=2):
        said = [(who, line) for line in lines for who, line in ((first, line), (other, "Oh, nice."))]
        turns += _session(f"s{n}", datetime(2023, n, 9, 9), said)
    return turns


def recalled(turns: list[Turn], question: str, config: RecallConfig = FAST) -> set[tuple[str, str]]:
    """The turns behind the top 7 memories for ``question`` (the member turns go after the first five)."""
    with Memory(recall_config=config) as memory:
        memory.remember(turns)
        return {(t.conversation, t.turn) for r in memory.recall(question, 7) for t in r.turns}


RELATIONSHIP = _chat(
    ["My relationship with my boss is fine.", "What is her status at work?", "Status meetings all week.",
     "A relationship takes effort.", "My relationship with my neighbour improved.", "What is the status now?",
     "The status of the project is green.", "My relationship to money is complicated.", "Status updates again.",
     "Relationship advice books are everywhere.", "My status on the forum went up.", "Good for you."],
    [["Work was slow this week, the printer broke again."],
     ["Raising them as a single mom is tough, but I love it."]])


def test_a_question_for_a_kind_that_is_no_list_recalls_the_member_named() -> None:
    question = "What is Ann's relationship status?"
    assert ("s3", "1") in recalled(RELATIONSHIP, question)
    assert ("s3", "1") not in recalled(RELATIONSHIP, question, OFF)


FAMILY = _chat(
    ["I have tried so many activities this year.", "Which activities?", "Activities of every sort.", "Wow.",
     "My favourite activities change every month.", "Fun.", "Activities keep me busy.", "Sure.",
     "I list my activities in a diary.", "Nice.", "New activities next month.", "Good luck."],
    [["I went kayaking alone on Saturday."], ["I tried pottery at the community centre."],
     ["I started a painting class downtown."], ["I went to a knitting circle on Tuesday."],
     ["I took the kids swimming at the lake on Sunday."], ["I joined a running club."],
     ["I went fishing with an old colleague."], ["Camping alone was peaceful."]])


def test_a_list_question_narrowed_by_family_recalls_what_was_done_with_the_kids() -> None:
    question = "What activities has Ann done with her family?"
    assert ("s6", "1") in recalled(FAMILY, question)
    assert ("s6", "1") not in recalled(FAMILY, question, OFF)


RELATIONSHIP_ZH = _chat(
    ["我和老板的关系还行。", "现在是什么状况？", "项目的状况不太好。", "是吗？", "我和邻居的关系好多了。", "不错。",
     "公司的情况很复杂。", "慢慢来。", "朋友们的状况都还好。", "真的吗？", "家里的情况也稳定。", "好。"],
    [["昨天下雨，我在家看了一天书。"], ["我现在是单亲妈妈，一个人带孩子。"]], first="安娜", other="小林")


def test_a_chinese_question_for_a_kind_recalls_the_member_told() -> None:
    assert ("s3", "1") in recalled(RELATIONSHIP_ZH, "安娜的感情状况怎么样？")
    assert ("s3", "1") not in recalled(RELATIONSHIP_ZH, "安娜的感情状况怎么样？", OFF)


@pytest.mark.parametrize(("question", "asked", "named"), [
    ("What is Caroline's relationship status?", ["relationship"], []),
    ("How is Ann's health?", ["health"], []),
    ("What is Ann's job?", ["work"], []),
    ("What emotions is Ann feeling about the move?", ["feelings"], []),
    ("What martial arts has John done?", ["exercise"], []),
    ("What activities has Ann done with her family?", ["activities"], ["family"]),
    ("安娜的感情状况怎么样？", ["relationship"], []),
    ("安娜喜欢做什么运动？", ["exercise"], []),
    ("安娜的工作是什么？", ["work"], []),
    ("What did Ann say about her family?", [], ["family"]),
])
def test_the_kinds_a_question_asks_for_and_names(question: str, asked: list[str], named: list[str]) -> None:
    assert [kind.name for kind in asked_kinds(question)] == asked
    assert [kind.name for kind in named_kinds(question)] == named
