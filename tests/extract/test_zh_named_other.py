"""我同桌……，叫苗一诺: a 叫 clause after a sentence that opens with someone of the speaker's names that person, not the
speaker (the classmate, with the name); 我是新来的，叫石磊 and 我叫石磊 still name the speaker."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["我同桌上学期转到一中去了，叫苗一诺。", "我们组长是个东北大姐，叫冷雪梅，人特别好。",
                                  "我表哥在工地开塔吊，叫郑大川。"])
def test_the_name_is_not_the_speakers(line: str) -> None:
    got = facts((1, "你们那儿怎么样？"), (2, line), (1, "是吗。"))
    assert not any(s == "Speaker 2" and p in ("name", "alternateName") for s, p, _ in got), got


def test_the_classmate_named() -> None:
    got = facts((1, "你们班谁成绩最好？"), (2, "我同桌上学期考了年级第一，叫苗一诺。"), (1, "真厉害。"))
    assert ("Speaker 2", "classmate", "苗一诺") in got, got


@pytest.mark.parametrize("line", ["我是新来的，叫石磊。", "我刚从老家过来，叫石磊。", "我叫石磊。"])
def test_the_speakers_own_name(line: str) -> None:
    got = facts((1, "你是？"), (2, line), (1, "你好。"))
    assert any(s == "Speaker 2" and o == "石磊" for s, p, o in got if p in ("name", "alternateName")), got


def test_a_child_read_as_the_subject_keeps_the_name() -> None:
    got = facts((1, "孩子多大了？"), (2, "我们的女儿今年五岁了，叫苗苗。"), (1, "真可爱。"))
    assert any(p == "child" and o == "苗苗" for _, p, o in got), got
