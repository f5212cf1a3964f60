"""Where one's school is, is where one studies and so lives: 我的大学在厦门, 我们学校在青岛, 我儿子的学校在苏州; a school
"in" no town (在放假, 在郊区的山上) or no one's school tells nothing."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "小雨", text)]) if not f.ended}


@pytest.mark.parametrize(("text", "who", "town"), [
    ("我的大学在厦门", "小雨", "厦门"),
    ("我们学校在青岛，离海很近", "小雨", "青岛"),
    ("我儿子的学校在苏州", "小雨的儿子", "苏州"),
])
def test_the_town_of_ones_school(text: str, who: str, town: str) -> None:
    assert (who, "livesIn", town) in facts(text), facts(text)


@pytest.mark.parametrize("text", ["我们学校在放假", "我的学校在郊区的山上", "这所学校在厦门", "我的学校不在厦门"])
def test_no_town(text: str) -> None:
    found = facts(text)
    assert not any(s == "小雨" and p == "livesIn" for s, p, _ in found), found
