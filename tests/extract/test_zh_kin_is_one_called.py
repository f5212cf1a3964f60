"""Chinese: a relative (or boss, friend) said to be 一个叫……的人 is named so: 我的上司是一个叫孙丽的女人 gives (安娜, boss, 孙丽)
(it gave a placeholder 安娜的上司), as 嫁给了一个叫刘伟的人 names the spouse. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "tie"), [
    ("我的上司是一个叫孙丽的女人。", ("安娜", "boss", "孙丽")),
    ("我男朋友是一个叫阿强的厨师。", ("安娜", "partner", "阿强")),
    ("我室友是个叫小敏的四川姑娘。", ("安娜", "roommate", "小敏")),
])
def test_relative_called_so_is_named(text: str, tie: tuple[str, str, str]) -> None:
    found = facts(text)
    assert tie in found and not any(o.startswith("安娜的") for _, _, o in found), found


@pytest.mark.parametrize("text", ["我闺蜜是一个很好的人。", "我老公是一个很顾家的人。"])
def test_no_name_without_one_called(text: str) -> None:
    assert not any(p in ("friend", "spouse") and not o.startswith("安娜的") for _, p, o in facts(text)), facts(text)
