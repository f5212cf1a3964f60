"""Chinese: a company joined, said in a sentence about work, is the new employer: 我以前在京东上班，后来去了美团 gives
(安娜, worksFor, 美团) and ends 京东 (it gave a visit to 美团); not 我周末去了美团 (no work said), nor a place gone to
(后来去了上海). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory import Memory
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str, bool]]:
    """What the memory holds after 安娜 says ``text``: (subject, predicate, object, ended)."""
    with Memory() as memory:
        memory.remember([Turn("c", "1", "安娜", text)])
        return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object),
                 f.valid_to is not None) for f in memory.facts(history=True)}


@pytest.mark.parametrize(("text", "joined", "left"), [
    ("我以前在京东上班，后来去了美团。", "美团", "京东"),
    ("我在百度工作了三年，去年进了华为。", "华为", "百度"),
    ("我之前在联想实习，毕业后去了小米上班。", "小米", None),
])
def test_company_joined_is_the_employer(text: str, joined: str, left: str | None) -> None:
    found = facts(text)
    assert ("安娜", "worksFor", joined, False) in found, found
    assert ("安娜", "visited", joined, False) not in found, found
    if left:
        assert ("安娜", "worksFor", left, False) not in found, found


@pytest.mark.parametrize(("text", "gone"), [("我周末去了美团。", "美团"), ("我以前在京东上班，后来去了上海。", "上海")])
def test_no_employer_from_a_trip(text: str, gone: str) -> None:
    assert not any(p == "worksFor" and o == gone for _, p, o, _ in facts(text)), facts(text)
