"""我女儿在北京读大学: she lives there and is at a 大学 (the kind of school, as 我女儿在读大学); 我在美国读书 names no
level."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept


def test_a_level_studied_in_a_city() -> None:
    facts = kept("我女儿在北京读大学")
    assert {("安娜的女儿", "livesIn", "北京"), ("安娜的女儿", "studiesAt", "大学")} <= facts, facts
    facts = kept("我在上海上高中。")
    assert {("安娜", "livesIn", "上海"), ("安娜", "studiesAt", "高中")} <= facts, facts
    assert not any(p == "studiesAt" for _, p, _ in kept("我在美国读书"))
