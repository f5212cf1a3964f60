"""Questions about the people around the speaker, answered from the graph: the wider family read as a hop ("Who is
Ann's uncle's daughter?", 安娜舅舅的女儿在哪里上学？), a worded question keeping the relatives before it
(安娜的儿子在哪里上学？ asks for the son's school, not Ann's), a relative's relative followed ("Where does Ann's husband's
brother work?"), and "What does X do?" answered by the job before the employer."""

from __future__ import annotations

import pytest

from kg_memory.recall.relations import parse_question
from tests.recalled import facts_recalled


def _first(lines: list[str], question: str, speaker: str = "Ann") -> str:
    """The first fact recalled for ``question`` after ``speaker`` said ``lines``, as "subject predicate object"."""
    return next(iter(facts_recalled([(speaker, text) for text in lines], question)), "")


@pytest.mark.parametrize(("question", "hops"), [
    ("Who is Ann's uncle's daughter?", [{"relative"}, {"child"}]),
    ("Where does Ann's cousin live?", [{"relative"}, {"livesIn"}]),
    ("Where does Ann's grandma live?", [{"relative"}, {"livesIn"}]),
    ("安娜舅舅的女儿在哪里上学？", [{"relative"}, {"child"}, {"studiesAt", "educatedAt"}]),
    ("安娜的儿子在哪里上学？", [{"child"}, {"studiesAt", "educatedAt"}]),
    ("安娜的公公以前是做什么的？", [{"relative"}, {"jobTitle", "worksFor"}]),
])
def test_the_question_is_read_through_the_relatives_it_names(question: str, hops: list[set[str]]) -> None:
    ask = parse_question(question)
    assert ask is not None and [set(hop) for hop in ask.hops] == hops


@pytest.mark.parametrize(("lines", "question", "answer"), [
    (["My uncle Joe runs a farm in Iowa.", "His daughter Beth is a vet."], "Who is Ann's uncle's daughter?",
     "Joe child Beth"),
    (["My aunt Rosa lives in Miami.", "Her son is a pilot."], "What does Ann's aunt's son do?",
     "Rosa's son jobTitle pilot"),
    (["My husband's brother works at Boeing."], "Where does Ann's husband's brother work?",
     "Ann's husband's brother worksFor Boeing"),
    (["My best friend is Nadia.", "Nadia's husband is a chef."], "What does Ann's best friend's husband do?",
     "Nadia's husband jobTitle chef"),
    (["My husband Dave teaches math at a high school."], "What does Ann's husband do?", "Dave jobTitle math teacher"),
])
def test_the_graph_answers_about_the_people_around_the_speaker(lines: list[str], question: str, answer: str) -> None:
    assert _first(lines, question) == answer


def test_the_son_s_school_is_not_the_speaker_s() -> None:
    lines = ["我在浙大读研究生。", "我儿子在复旦大学读书。"]
    assert _first(lines, "安娜的儿子在哪里上学？", "安娜") == "安娜的儿子 studiesAt 复旦大学"


def test_where_one_works_still_asks_for_the_employer() -> None:
    assert _first(["My husband Dave teaches math at a high school."], "Where does Ann's husband work?") \
        == "Dave worksFor high school"
