"""A question in the first person is about whoever asks: ``memory.recall("Where do I work?", speaker="Ann")``,
``kgmem recall "我的狗叫什么？" --speaker 安娜`` (a chatbot passes its user). Before, "I" and "my" linked nobody and
the question was ranked by its words alone: another person's fact could come first."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_memory import Memory, Turn
from kg_memory.cli import cli
from kg_memory.recall import RecallConfig
from kg_memory.recall.first_person import about_speaker

LEXICAL_ONLY = RecallConfig().without("semantic", "dialogue")  # no sentence model to load: fast tests
CHAT = [("Bea", "I work at Siemens in Munich. My dog is called Bruno."),
        ("Ann", "I work at Google in Dublin. My dog is called Rex."),
        ("贝贝", "我在华为工作。我的狗叫旺财。"),
        ("安娜", "我在腾讯工作。我的狗叫豆豆。我妈妈是医生。")]


def _remember(memory: Memory) -> None:
    memory.remember([Turn("c", str(i), who, text, datetime(2026, 2, i)) for i, (who, text) in enumerate(CHAT, 1)])


@pytest.mark.parametrize(("question", "speaker", "answer"), [
    ("Where do I work?", "Ann", "Google"),
    ("What's my dog called?", "Ann", "Rex"),
    ("What is my dog's name?", "Bea", "Bruno"),
    ("我在哪里工作？", "安娜", "腾讯"),
    ("我的狗叫什么？", "安娜", "豆豆"),
    ("我的狗叫什么？", "贝贝", "旺财"),
    ("我妈妈是做什么的？", "安娜", "医生"),
])
def test_a_first_person_question_is_about_the_speaker(question: str, speaker: str, answer: str) -> None:
    with Memory(recall_config=LEXICAL_ONLY) as memory:
        _remember(memory)
        top = memory.recall(question, 3, speaker=speaker)[0]
        assert top.fact is not None and str(getattr(top.fact.object, "label", top.fact.object)) == answer, top


@pytest.mark.parametrize(("question", "third"), [
    ("Where do I live?", "Where does Ann live?"), ("How old am I?", "How old is Ann?"),
    ("Have I been to Paris?", "Has Ann been to Paris?"), ("Who likes me?", "Who likes Ann?"),
    ("Am I married?", "Is Ann married?"), ("Who is my boss?", "Who is Ann's boss?"),
    ("我哥哥住在哪里？", "Ann的哥哥住在哪里？"),
    ("Where do we live?", "Where do we live?"), ("我们住在哪里？", "我们住在哪里？"),  # "we" names no one entity
    ("What is India like?", "What is India like?"),  # no "I" inside a word
])
def test_the_question_is_put_in_the_third_person(question: str, third: str) -> None:
    assert about_speaker(question, "Ann") == third


def test_kgmem_recall_speaker(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with Memory(store) as memory:
        _remember(memory)
    result = CliRunner().invoke(cli, ["recall", "--store", str(store), "Where do I work?", "--speaker", "Ann",
                                      "-k", "1", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "Google" in json.loads(result.output)[0]["text"]
