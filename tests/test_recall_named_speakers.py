"""A speaker who gives their full name is found by it ("Sam" saying "I'm Sam Carter", 小明 saying
我叫王小明), also by its first name, and when the speaker's label is a role, a user name or a nickname ("user",
"dan_b", "Dan", 小王 saying 我叫王磊); "where ... work" questions are answered by the employer and the place of work, 有孩子吗 and
a pet's name ("What is Sam's cat called?", 小明的猫叫什么？) by the facts asked for. Each was missed
before: the full name stayed a literal no question could link to, and the questions were not read."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests
WHEN = datetime(2026, 3, 1, 12, 0)


def _answers(memory: Memory, question: str, k: int) -> list[tuple[str, str, str]]:
    out = []
    for item in memory.recall(question, k):
        if item.fact is not None:
            obj = item.fact.object
            out.append((item.fact.subject.label, item.fact.predicate, str(getattr(obj, "label", obj))))
    return out


def _remember(memory: Memory, lines: list[tuple[str, str]]) -> None:
    memory.remember([Turn("chat", str(i), who, text, WHEN) for i, (who, text) in enumerate(lines, 1)])


@pytest.mark.parametrize(("lines", "question", "expected"), [
    ([("Sam", "Hi! I'm Sam Carter, I work at Google."), ("Lee", "Nice to meet you.")],
     "Where does Sam Carter work?", {("Sam", "worksFor", "Google")}),
    ([("小明", "你好！我叫王小明，我在杭州的阿里巴巴工作。"), ("小红", "你好！")],
     "王小明在哪里工作？", {("小明", "worksFor", "阿里巴巴"), ("小明", "workLocation", "杭州")}),
])
def test_a_speaker_is_found_by_the_full_name_they_give(lines: list[tuple[str, str]], question: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        _remember(memory, lines)
        full_name = question.removeprefix("Where does ").removesuffix(" work?").removesuffix("在哪里工作？")
        assert memory.lookup(full_name)[0][0].label == lines[0][0]
        assert set(_answers(memory, question, len(expected))) == expected


@pytest.mark.parametrize(("speaker", "lines", "question", "expected"), [
    ("user", ["Hi, my name is Daniel Brooks.", "I'm 41."], "How old is Daniel?", ("user", "age", "41")),
    ("dan_b", ["I'm Daniel Brooks, by the way.", "I work at Mercy Hospital."], "Where does Daniel work?",
     ("dan_b", "worksFor", "Mercy Hospital")),
    ("Dan", ["My name is Daniel Brooks.", "I'm 41."], "How old is Daniel Brooks?", ("Dan", "age", "41")),
    ("小王", ["你好，我叫王磊。", "我今年32岁。"], "王磊多大了？", ("小王", "age", "32")),
])
def test_a_speaker_named_by_a_role_user_name_or_nickname_is_found_by_the_name_given(
        speaker: str, lines: list[str], question: str, expected: tuple[str, str, str]) -> None:
    other = ("安娜", "我在谷歌工作，今年29岁。") if "\u4e00" <= question[0] <= "\u9fff" else ("Ann", "I work at Google, I'm 29.")
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember([Turn("other", "1", *other, WHEN), Turn("other", "2", "assistant", "OK.", WHEN)])
        for i, text in enumerate(lines, 1):  # one write each: the name is told before the fact asked for
            memory.remember([Turn("chat", str(i), speaker, text, WHEN), Turn("chat", f"{i}b", "assistant", "OK.", WHEN)])
        assert _answers(memory, question, 1) == [expected]


def test_another_name_a_speaker_gives_is_no_alias() -> None:
    # Chandler joking "I'm Joey": that is no name of Chandler's
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        _remember(memory, [("Chandler", "I'm Joey. I work at a bank."), ("Joey", "Very funny.")])
        assert "Joey" not in memory.entity("Chandler").aliases


@pytest.mark.parametrize(("question", "first"), [
    ("Where does Sam work?", {("Sam", "worksFor", "Google"), ("Sam", "workLocation", "Dublin")}),
    ("小明在哪儿上班？", {("小明", "worksFor", "阿里巴巴"), ("小明", "workLocation", "杭州")}),
    ("小明有孩子吗？", {("小明", "child", "小明的儿子")}),
    ("小明的猫叫什么？", {("小明", "hasPet", "咪咪")}),  # jieba reads 猫叫 (a cat's cry) as one word
    ("What is Sam's cat called?", {("Sam", "hasPet", "Miso")}),
    ("What's the name of Sam's cat?", {("Sam", "hasPet", "Miso")}),
    ("What are Sam's pets' names?", {("Sam", "hasPet", "Miso")}),
])
def test_where_one_works_children_and_pets_names_come_first(question: str,
                                                                 first: set[tuple[str, str, str]]) -> None:
    from kg_memory import Entity, Fact

    sam, ming = Entity("Sam", "Person"), Entity("小明", "Person")
    facts = [Fact(sam, "worksFor", Entity("Google", "Organization")), Fact(sam, "workLocation", Entity("Dublin", "Place")),
             Fact(sam, "hasPet", Entity("Miso", "Animal")), Fact(sam, "livesIn", Entity("Howth", "Place")),
             Fact(ming, "worksFor", Entity("阿里巴巴", "Organization")), Fact(ming, "workLocation", Entity("杭州", "Place")),
             Fact(ming, "child", Entity("小明的儿子", "Person")), Fact(ming, "hasPet", Entity("咪咪", "Animal"))]
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add_facts(facts)
        assert set(_answers(memory, question, len(first))) == first
