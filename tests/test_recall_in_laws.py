"""Relatives by marriage in questions, answered from the graph: 安娜的姐夫在哪里工作？ follows the sister and her husband
when that is what was told (我姐姐嫁给了一个叫刘伟的人。刘伟在京东工作。), 安娜姐姐的老公 finds the brother-in-law told as
我姐夫, and the same in English ("Where does Ann's brother-in-law work?" after "My sister married Tom. Tom works at
Boeing."). Chinese ways of asking read as relations: 干嘛的 / 干啥的 (the job), 哪儿人 (where one is from), 前男友 / 前夫
(one dated), 养过 (pets). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.recall.relations import parse_question
from tests.recalled import facts_recalled


def _first(lines: list[str], question: str, speaker: str) -> str:
    """The first fact recalled for ``question`` after ``speaker`` said ``lines``, as "subject predicate object"."""
    return next(iter(facts_recalled([(speaker, text) for text in lines], question)), "")


@pytest.mark.parametrize(("lines", "question", "answer"), [
    (["我妹妹前年嫁给了一个叫赵磊的人。", "赵磊在顺丰上班。"], "安娜的妹夫在哪儿上班？", "赵磊 worksFor 顺丰"),
    (["我儿子去年结婚了。", "他老婆是幼师。"], "安娜的儿媳妇是做什么的？", "安娜的儿子的老婆 jobTitle 幼师"),
    (["我老公的妈妈住在济南。"], "安娜婆婆住哪儿？", "安娜的老公的妈妈 livesIn 济南"),
    (["我嫂子在税务局上班。"], "安娜哥哥的老婆在哪上班？", "安娜的嫂子 worksFor 税务局"),
    (["My sister married a guy named Tom.", "Tom works at Boeing."], "Where does Ann's brother-in-law work?",
     "Tom worksFor Boeing"),
])
def test_relative_by_marriage_found_either_way(lines: list[str], question: str, answer: str) -> None:
    speaker = "安娜" if "安娜" in question else "Ann"
    assert _first(lines, question, speaker) == answer


def test_a_relative_by_marriage_is_not_any_relative() -> None:
    lines = ["我舅舅在银行上班。", "我姐姐嫁给了一个叫刘伟的人。", "刘伟在京东工作。"]
    assert _first(lines, "安娜的姐夫在哪里工作？", "安娜") == "刘伟 worksFor 京东"


@pytest.mark.parametrize(("question", "hops"), [
    ("安娜的嫂子是干嘛的？", [{"relative"}, {"jobTitle", "worksFor"}]),
    ("王磊干啥工作？", [{"jobTitle", "worksFor"}]),
    ("老周是哪儿人？", [{"hometown"}]),
    ("安娜的前男友叫什么？", [{"dated"}]),
    ("安娜以前养过什么？", [{"hasPet"}]),
])
def test_chinese_ways_of_asking(question: str, hops: list[set[str]]) -> None:
    ask = parse_question(question)
    assert ask is not None and [set(hop) for hop in ask.hops] == hops


def test_what_one_does_at_the_weekend_is_no_job() -> None:
    ask = parse_question("安娜周末干什么？")
    assert ask is None or not {"jobTitle", "worksFor"} & set(ask.hops[-1])
