"""The plan of the speaker and a relative tells the tie: 我和老公打算明年要二胎 stores that the speaker has a husband
(it stored nothing; "My husband and I are planning a second kid" gave the spouse). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("我和老公打算明年要二胎。", ("安娜", "spouse", "安娜的老公")),
    ("我跟我男朋友准备年底领证。", ("安娜", "partner", "安娜的男朋友")),
    ("我和媳妇计划国庆去云南。", ("安娜", "spouse", "安娜的媳妇")),
    ("我和老婆暂时不打算要孩子。", ("安娜", "spouse", "安娜的老婆")),
])
def test_a_couple_plan_tells_the_tie(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize("text", ["我跟我妈打算周末去逛街。", "如果我和老公打算要孩子，你有什么建议？"])
def test_no_tie_worth_storing(text: str) -> None:
    assert not facts(text)
