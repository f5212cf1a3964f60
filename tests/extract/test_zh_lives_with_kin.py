"""A relative lived with is one's own (我跟我爸妈住在一起, 我和我奶奶住在一起), as "I live with my parents" is; not
我不跟爸妈住, 我跟我爸妈吃饭."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我跟我爸妈住在一起。", ("安娜", "parent", "安娜的爸妈")),
    ("我还和父母一起住", ("安娜", "parent", "安娜的父母")),
    ("我和我奶奶住在一起", ("安娜", "relative", "安娜的奶奶")),
    ("我跟室友住", ("安娜", "roommate", "安娜的室友")),
])
def test_a_relative_lived_with(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize("line", ["我不跟爸妈住。", "我跟我爸妈吃饭"])
def test_no_relative_where_none_is_lived_with(line: str) -> None:
    assert not any(p == "parent" for _, p, _ in kept(line)), kept(line)
