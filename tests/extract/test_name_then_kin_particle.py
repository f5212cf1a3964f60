"""A name said with 啊 or 呀, then what the person is to the speaker ("钱磊啊，我大学室友。", "钱磊啊，我的室友。"), names the
relative, as "钱磊，我室友。" does: they gave nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [
    ("钱磊啊，我大学室友。", ("安娜", "roommate", "钱磊")),
    ("王建国呀，我的同事嘛。", ("安娜", "colleague", "王建国")),
    ("李娜啊，我新同事。", ("安娜", "colleague", "李娜")),
])
def test_a_name_with_a_particle_then_the_relation_names_the_relative(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


def test_an_exclamation_then_a_relative_names_nobody() -> None:
    assert not any(p == "spouse" for s, p, o in kept("我的天啊，我老公。"))
