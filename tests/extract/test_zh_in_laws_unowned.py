"""Chinese: a relative by marriage said with no owner at the head of a clause is the speaker's, as 老公 and 老妈 are:
嫂子叫陈静, 婆婆住在哈尔滨, 小姑子在银行上班 give 安娜's relative (they gave nothing); not one called to (嫂子，你好！).
Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*said: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(n), "安娜", text) for n, text in enumerate(said)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("said", "fact"), [
    (("我哥哥去年结婚了。", "嫂子叫陈静，人特别好。"), ("安娜", "relative", "陈静")),
    (("婆婆住在哈尔滨，冬天特别冷。",), ("安娜的婆婆", "livesIn", "哈尔滨")),
    (("小姑子在银行上班。",), ("安娜的小姑子", "worksFor", "银行")),
])
def test_relative_by_marriage_unowned_is_the_speakers(said: tuple[str, ...], fact: tuple[str, str, str]) -> None:
    found = facts(*said)
    assert fact in found, found


def test_one_called_to_is_no_relative() -> None:
    assert not facts("嫂子，你好！好久不见。")
