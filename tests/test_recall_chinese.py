"""Recall in Chinese and in mixed Chinese and English: segmentation of the lexical channel, names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import numpy as np
import pytest

from kg_memory import Memory, Turn
from kg_memory.recall import RecallConfig
from kg_memory.recall.index import tokenize

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # the lexical channel alone

TURNS = [
    Turn("z1", "1", "李雷", "我上周去电影院看了一部科幻电影。", datetime(2024, 5, 6, 20)),
    Turn("z1", "2", "韩梅梅", "真好！我周末在公园里画了一幅日出。", datetime(2024, 5, 6, 20)),
    Turn("z1", "3", "李雷", "我最近在学做川菜，麻婆豆腐很难。", datetime(2024, 5, 6, 20)),
    Turn("z1", "4", "韩梅梅", "我在Google工作，每天坐地铁上班。", datetime(2024, 5, 6, 20)),
    Turn("e1", "1", "Ann", "I adopted a puppy called Biscuit.", datetime(2024, 5, 7, 9)),
]


@pytest.fixture
def lexical() -> Iterator[Memory]:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.remember(TURNS)
        yield memory


def _turns(found: list) -> list[tuple[str, str]]:
    return [(t.conversation, t.turn) for r in found for t in r.turns]


def test_english_tokens_are_unchanged() -> None:
    assert tokenize(["When did Melanie paint a sunrise?", "Ann's dog"]) == [["melani", "paint", "sunris"],
                                                                          ["ann", "dog"]]


def test_han_text_is_segmented_and_latin_words_inside_it_kept() -> None:
    [tokens] = tokenize(["李雷住在哪里？"])
    assert "李雷" in tokens and "住在" in tokens and "李雷住在哪里" not in tokens
    [mixed] = tokenize(["我在Google工作"])
    assert "googl" in mixed and "工作" in mixed


@pytest.mark.parametrize(("question", "turn"), [
    ("李雷上周看了什么电影？", ("z1", "1")),
    ("韩梅梅画了什么？", ("z1", "2")),
    ("谁在学做川菜？", ("z1", "3")),
    ("谁在Google工作？", ("z1", "4")),
    ("Who works at Google?", ("z1", "4")),
    ("What is the name of Ann's puppy?", ("e1", "1")),
])
def test_chinese_and_mixed_questions_find_their_turns_lexically(lexical: Memory, question: str,
                                                                turn: tuple[str, str]) -> None:
    found = lexical.recall(question, 3)
    assert turn in _turns(found), [r.text for r in found]


def test_a_chinese_name_in_a_question_is_linked_to_the_speaker_and_the_entity(lexical: Memory) -> None:
    from kg_memory.recall.recaller import Recaller

    index = Recaller(lexical, config=LEXICAL_ONLY).index("default")
    entities, speakers = index.link("李雷最近在做什么？")
    assert speakers == {"李雷"} and {index.labels[iri] for iri in entities} == {"李雷"}
    assert index.link("Where does 韩梅梅 work?")[1] == {"韩梅梅"}
    found = lexical.recall("李雷最近在做什么？", 3)
    assert {("z1", "1"), ("z1", "3")} <= set(_turns(found))


def test_a_chinese_name_of_a_latin_entity_brings_its_facts_through_the_graph() -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        memory.add("Zhang San", "worksFor", "Tencent")
        memory.add("Wang Fang", "worksFor", "Alibaba")
        found = memory.recall("最近张三怎么样？", 2)
        assert found and found[0].fact is not None and found[0].fact.subject.label == "Zhang San"
        assert any(w.startswith("graph#") for w in found[0].why)


def test_a_chinese_question_about_the_wrong_person_still_finds_who_did_it(lexical: Memory) -> None:
    # 李雷 is learning to cook, not 韩梅梅: the question names her, his turn must not be pushed out
    found = lexical.recall("韩梅梅在学做什么菜？", 2)
    assert ("z1", "3") in _turns(found), [r.text for r in found]


def test_a_chinese_question_gets_no_query_adapter_but_an_english_one_does() -> None:
    """The query adapter was fitted on English questions (MiniLM is English-only): a Chinese question's
    adapter features are unknown (their training mean), an English question's are computed."""
    from kg_memory.recall import Recaller
    from kg_memory.recall.ranker import FEATURES

    adapted = [i for i, (name, _) in enumerate(FEATURES) if name.startswith("adapted")]
    with Memory() as memory:
        memory.remember(TURNS)
        recaller = Recaller(memory)
        assert recaller.adapter() is not None  # the packaged one
        zh, _, _ = recaller.features("韩梅梅在哪里工作？", namespace="default", config=RecallConfig())
        en, _, _ = recaller.features("Where does Han Meimei work?", namespace="default", config=RecallConfig())
    assert np.isnan(zh[:, adapted]).all()
    assert not np.isnan(en[:, adapted]).any()
