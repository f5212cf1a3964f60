"""Not married yet is single: 我还没结婚, 我没有结过婚, 还单着 (as 我单身); not where a partner is said, nor of two, nor a
will (我不结婚)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str, speaker: str = "Ann") -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), speaker if i % 2 == 0 else "Bot", t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "who"), [
    ("我还没结婚。", "Ann"), ("我还没有结婚呢。", "Ann"), ("我今年28，还单着。", "Ann"), ("我没结过婚。", "Ann"),
    ("我还没成家。", "Ann"), ("我哥还没结婚。", "Ann的哥"),
])
def test_not_married_yet_is_single(text: str, who: str) -> None:
    assert (who, "maritalStatus", "single") in facts(text), facts(text)

@pytest.mark.parametrize("text", [
    "我还没结婚，但是有女朋友。",  # a partner: "single" would mislead
    "我们还没结婚。",  # two, not married to each other
    "我不结婚。",  # a will
    "我还没在北京结婚。",
    "我结婚了。",
])
def test_no_single_where_a_partner_is_said_or_marriage_is_not_denied(text: str) -> None:
    assert not any(p == "maritalStatus" and o == "single" for _, p, o in facts(text)), facts(text)

def test_the_partner_is_kept_beside_not_married() -> None:
    assert ("Ann", "partner", "Ann的女朋友") in facts("我还没结婚，但是有女朋友。")
