"""我和前男友分手了。他叫李明。: the ex parted from is the one the speaker then names (他 is the ex), in the same turn or
a later one; 我和前妻离婚了。她叫王芳。 likewise. 我和前男友分手了 alone ends a partner known as the ex."""

from __future__ import annotations

from tests.extract.dialogue_facts import ended_by, told


def test_the_ex_parted_from_is_named_after() -> None:
    assert ("安娜", "partner", "李明", True) in told("我和前男友分手了。他叫李明。")
    assert ("安娜", "spouse", "王芳", True) in told("我和前妻离婚了。她叫王芳。")


def test_the_ex_is_named_in_a_later_turn() -> None:
    ended = ended_by(("安娜", "我和前男友分手了。"), ("Bot", "为什么？"), ("安娜", "他叫李明，他出轨了。"))
    assert ("安娜", "partner", "李明") in ended, ended


def test_the_ex_unnamed_is_the_speakers_ex() -> None:
    assert ("安娜", "partner", "安娜的前男友", True) in told("我刚和前男友分手了")
