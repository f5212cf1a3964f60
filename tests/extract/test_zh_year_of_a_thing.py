"""那辆车，零五年的 / 这台冰箱，一九九八年的: a year said of a thing pointed at in the clause before is the thing's, no birth
year of the speaker; 我是九二年的 and 我这个人，九五年的 still tell one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", ["我开的那辆车，零五年的，还挺结实。", "我家这台冰箱，一九九八年的，一直没坏过。",
                                  "你看这双皮鞋，八七年的，我爸结婚穿的。"])
def test_a_things_year_is_no_birth_year(text):
    assert not any(p == "birthYear" for _, p, _, _ in told(text))


@pytest.mark.parametrize("text, year", [("我是九二年的。", 1992), ("我这个人，九五年的，属猪。", 1995)])
def test_ones_own_year_still_is(text, year):
    assert ("安娜", "birthYear", str(year), False) in told(text)
