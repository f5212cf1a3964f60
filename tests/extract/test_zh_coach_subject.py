"""A surname and 教练 heading a clause before 人 ("韩教练人挺好的，就是爱迟到") is 韩教练, not a name 韩教 cut inside the title;
a name before 教 the verb ("李娜教我弹钢琴") is still the name."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_coach_whole() -> None:
    got = facts((1, "韩教练人挺好的，就是爱迟到。"), (2, "是啊，上回等了他半小时。"), (3, "嗯。"))
    assert not any("韩教" == s or "韩教" == o for s, _, o in got), got
    assert any(s == "韩教练" for s, _, _ in got), got


def test_a_coach_who_shouts() -> None:
    got = facts((1, "你们都是跟谁学的？"), (2, "蒋教练人可好了，就是爱骂人。"), (3, "对。"))
    assert not any(s == "蒋教" for s, _, _ in got), got


def test_a_name_before_teaches() -> None:
    got = facts((1, "你钢琴跟谁学的？"), (2, "李娜教我弹的，她住在上海。"), (3, "哦。"))
    assert ("李娜", "livesIn", "上海") in got, got
