"""Chinese: 原来 / 原先 after the subject put a state in the past, as 以前 does: 我原来住在杭州，前年搬到了上海 keeps 杭州 as a
former home (it stored only 上海), 我原先在百度上班 a former employer. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object), f.ended)
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text)])}


@pytest.mark.parametrize(("text", "former", "current"), [
    ("我原来住在杭州，前年搬到了上海。", ("livesIn", "杭州"), ("livesIn", "上海")),
    ("我原先在百度上班，现在在阿里。", ("worksFor", "百度"), ("worksFor", "阿里")),
    ("我原来是护士，后来转行做了销售。", ("jobTitle", "护士"), None),
])
def test_yuanlai_puts_a_state_in_the_past(text: str, former: tuple[str, str] | None,
                                          current: tuple[str, str] | None) -> None:
    found = facts(text)
    if former:
        assert any((p, o, True) == (former[0], former[1], e) for _, p, o, e in found), found
        assert not any((p, o, False) == (former[0], former[1], e) for _, p, o, e in found), found
    if current:
        assert any((p, o, False) == (current[0], current[1], e) for _, p, o, e in found), found


@pytest.mark.parametrize("text", ["原来你是医生。", "我原来以为他是医生。"])
def test_it_turns_out_tells_no_past(text: str) -> None:
    assert not any(e for *_, e in facts(text)), facts(text)
