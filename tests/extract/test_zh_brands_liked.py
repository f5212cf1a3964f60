"""A brand, a toy or a cartoon character that jieba tags as a person's name is a thing liked, not a person: 我儿子特别喜欢乐高
gives the son's liking of 乐高 (it gave a positive impression of a person 乐高). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.subject.label, f.predicate, f.object.label, f.object.type) if isinstance(f.object, Entity) else
            (f.subject.label, f.predicate, str(f.object), "") for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])]


@pytest.mark.parametrize(("text", "who", "thing"), [
    ("我儿子特别喜欢乐高。", "安娜的儿子", "乐高"),
    ("我闺女超爱皮卡丘。", "安娜的闺女", "皮卡丘"),
    ("我从小就喜欢迪士尼。", "安娜", "迪士尼"),
])
def test_a_brand_is_a_thing_liked(text: str, who: str, thing: str) -> None:
    found = facts(text)
    assert any(s == who and p == "likes" and o == thing for s, p, o, _ in found), found
    assert not any(o == thing and t == "Person" for _, _, o, t in found), found


def test_a_person_is_still_one() -> None:
    assert ("安娜", "positiveImpression", "周杰伦", "Person") in facts("我很喜欢周杰伦。")
