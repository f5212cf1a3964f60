"""同桌, the one who sits at the same school desk, is a classmate (issue 13): 我高中同桌李雷, 小丽是我同桌; a
roommate named before 坐 (我室友阿明坐哪儿) is named all the same."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text, other", [
    ("我高中同桌李雷说他下个月结婚。", "李雷"),
    ("小丽是我同桌，她字写得可好看了。", "小丽"),
    ("我初中同桌张伟现在当医生了。", "张伟"),
])
def test_a_deskmate_is_a_classmate(text, other):
    assert ("安娜", "classmate", other) in {f[:3] for f in told(text)}


@pytest.mark.parametrize("text", ["昨天我们几个同桌吃饭，聊得挺开心。", "我同桌的位置空着。"])
def test_no_deskmate_named(text):
    assert not any(p == "classmate" for _, p, _, _ in told(text))


def test_a_named_roommate_then_where_he_sits():
    assert ("安娜", "roommate", "阿明") in {f[:3] for f in told("那我大学室友阿明坐哪儿？")}
