"""Chinese: a boss known by surname is named as people call them: 我老板姓陈 gives (安娜, boss, 陈老板) (it gave nothing);
not 我姓陈 (the speaker's name is more than a surname) nor a spouse's surname (我老公姓李). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "tie"), [
    ("我老板姓陈，人挺好的。", ("安娜", "boss", "陈老板")),
    ("我领导姓刘，特别严格。", ("安娜", "boss", "刘领导")),
    ("我们经理姓欧阳。", ("安娜", "boss", "欧阳经理")),
])
def test_known_by_surname(text: str, tie: tuple[str, str, str]) -> None:
    found = facts(text)
    assert tie in found, found


@pytest.mark.parametrize("text", ["我姓陈。", "我老公姓李。", "我老板姓什么来着？"])
def test_no_name_of_a_surname_alone(text: str) -> None:
    assert not any(p in ("name", "spouse") and not o.startswith("安娜的") for _, p, o in facts(text)), facts(text)
