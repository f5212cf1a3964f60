"""Chinese: the year one was born in said short: 我是95年的, 我是1992年的, 我老公是八八年的, 我女儿是18年的 give the
birth year (two digits: of the last hundred years); not 我不是95年的, 这是2019年的, 我是去年的."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Turn


def born(text: str) -> set[tuple[str, object]]:
    facts = RuleExtractor().extract([Turn("c", "1", "安娜", text, datetime(2026, 5, 1))])
    return {(f.subject.label, f.object) for f in facts if f.predicate == "birthYear"}


@pytest.mark.parametrize(("line", "who", "year"), [
    ("我是97年的，属牛", "安娜", 1997),
    ("我是1992年的", "安娜", 1992),
    ("我老公是八八年的", "安娜的老公", 1988),
    ("我女儿是18年的，今年上幼儿园", "安娜的女儿", 2018),
    ("我是零五年的", "安娜", 2005),
])
def test_the_year_said_short_is_the_birth_year(line: str, who: str, year: int) -> None:
    assert born(line) == {(who, year)}


@pytest.mark.parametrize("line", ["我不是95年的", "这是2019年的", "我是去年的", "我是95年来的上海"])
def test_no_birth_year(line: str) -> None:
    assert born(line) == set()
