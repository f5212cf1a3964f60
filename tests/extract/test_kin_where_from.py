"""A relation said with where or when it began, before it ("凯特是我在护理学校的同学", "王芳是我在公司的同事", "李明是我大学
室友", "我高中同学叫张伟"), or new ("我的新室友叫凯特"), is the relation all the same: they gave nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [
    ("凯特是我在护理学校的同学。", ("安娜", "classmate", "凯特")),
    ("王芳是我在公司的同事，人挺好的。", ("安娜", "colleague", "王芳")),
    ("李明是我大学室友。", ("安娜", "roommate", "李明")),
    ("我高中同学叫张伟，现在在当律师。", ("安娜", "classmate", "张伟")),
    ("我的新室友叫凯特，明天搬进来。", ("安娜", "roommate", "凯特")),
])
def test_a_relation_said_with_where_it_began_is_the_relation(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


def test_a_relative_of_someone_else_is_not_the_speakers() -> None:
    got = kept("詹姆斯是我在公司的同事的丈夫。")
    assert not any(p == "spouse" and s == "安娜" for s, p, o in got), got
