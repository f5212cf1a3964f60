"""Chinese: studying in a year of school is studying there: 我儿子在清华读大三, 我在浙大读大二, 我在北大上大一 give the
school (as 在清华读大学), 我女儿在美国读大一 the country lived in (as 在美国读大学); not 我在大三的时候去过清华."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "who", "fact"), [
    ("我儿子在清华读大三", "安娜的儿子", ("studiesAt", "清华")),
    ("我在浙大读大二，学的是化学", "安娜", ("studiesAt", "浙大")),
    ("我妹妹在北京大学上大一", "安娜的妹妹", ("studiesAt", "北京大学")),
    ("我女儿在美国读大一", "安娜的女儿", ("livesIn", "美国")),
])
def test_a_year_of_school_is_studying_there(line: str, who: str, fact: tuple[str, str]) -> None:
    assert (who, *fact) in kept(line)


def test_a_time_in_school_is_no_school() -> None:
    assert not any(p == "studiesAt" for _, p, _ in kept("我在大三的时候去过清华"))
