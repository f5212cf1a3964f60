"""A company one goes to work at from a time to come (我下周一去字节上班了, 下个月入职腾讯): the employer, with no date
past; not a move to a city, a visit, an interview, a wish, or a denial."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def employers(text: str) -> dict[str, object]:
    turn = Turn("c", "0", "安娜", text, datetime(2026, 5, 6))
    return {f"{f.subject.label}>{f.object.label}": f.occurred_at for f in RuleExtractor().extract([turn])
            if f.predicate == "worksFor" and isinstance(f.object, Entity) and not f.ended}


@pytest.mark.parametrize(("text", "who", "org"), [
    ("告诉你个好消息，我下周三去美团上班了！", "安娜", "美团"),
    ("终于定了，我下个月初入职华为", "安娜", "华为"),
    ("我老婆后天去京东报到", "安娜的老婆", "京东"),
    ("我从下周一开始去一家外企上班", "安娜", "外企"),
])
def test_the_employer_to_come(text: str, who: str, org: str) -> None:
    found = employers(text)
    assert found.get(f"{who}>{org}", "missing") is None, found


@pytest.mark.parametrize("text", ["我下周去杭州上班", "我明天去医院看我妈", "我下周一去腾讯面试", "我想下个月去阿里上班",
                                  "我下周一不去美团上班了", "下周一去京东开会"])
def test_no_employer(text: str) -> None:
    assert not employers(text)
