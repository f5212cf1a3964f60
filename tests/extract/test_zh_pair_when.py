"""A time of school said before 是 is no part of the name: 我跟小林大学是上下铺 (helper 211's scenes gave the name 林大学)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [("我跟小林大学是上下铺。", ("安娜", "roommate", "小林")),
                                            ("我和阿杰高中时是同学。", ("安娜", "classmate", "阿杰")),
                                            ("我和王磊是大学同学。", ("安娜", "classmate", "王磊"))])
def test_when_said_before_shi_leaves_the_name_whole(text: str, fact: tuple[str, str, str]) -> None:
    facts = kept(text)
    assert fact in facts and not any("大学" in o or "高中" in o for _, _, o in facts), facts
