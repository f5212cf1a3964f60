"""A grandchild through a daughter (外孙女, 外孙) is a relative, and what is said of them is theirs, not the speaker's
(issue 13: '我外孙女跟你差不多大，在北京读研究生' gave the speaker a home in 北京). Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import told


def test_a_granddaughter_and_where_she_studies():
    found = told("我外孙女跟你差不多大，在北京读研究生。")
    assert ("安娜", "relative", "安娜的外孙女", False) in found
    assert ("安娜的外孙女", "livesIn", "北京", False) in found
    assert ("安娜", "livesIn", "北京", False) not in found


def test_a_grandson_at_school():
    found = told("我外孙今年上小学了。")
    assert ("安娜", "relative", "安娜的外孙", False) in found
    assert ("安娜的外孙", "studiesAt", "小学", False) in found
