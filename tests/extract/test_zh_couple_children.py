"""A child told in a clause after one about the speaker's spouse is the couple's: 我老公是公务员，有个6岁的女儿 stores the
speaker's daughter (the clause took the husband as its subject, and the child "安娜的老公的女儿" was dropped). Invented
lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "child"), [
    ("我老公在银行上班，有个三岁的儿子。", "安娜的儿子"),
    ("我媳妇是护士，有一个女儿。", "安娜的女儿"),
])
def test_the_child_is_the_couples(text: str, child: str) -> None:
    found = facts(text)
    assert ("安娜", "child", child) in found, found


@pytest.mark.parametrize("text", ["我男朋友在杭州，有个儿子。", "我朋友是医生，有两个孩子。", "我老公有个女儿。"])
def test_no_child_of_the_speaker(text: str) -> None:
    assert not any(p == "child" and s == "安娜" for s, p, _ in facts(text))
