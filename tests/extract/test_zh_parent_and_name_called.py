"""Chinese: a parent and someone else called in a row at the start of a turn (爸！小宇！吃饭了！) call two people: which
one answers is unknown, so the one before or after is no parent of the speaker (issue 13,
:mod:`kg_memory.extract.chinese.called`). Invented scenes; a parent called alone still is one."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_parent_and_a_name_called_in_a_row():
    lines = ((3, "水库这边风大，我先回了。"), (1, "妈！乐乐！快进屋，要下雨了！"), (2, "妈，我的风筝还在外面！"), (3, "慢点跑。"))
    assert not any(s == "Speaker 1" and p == "parent" for s, p, _ in facts(*lines))


def test_a_name_then_a_parent():
    lines = ((2, "我先睡了。"), (1, "阳阳，爸，出来看烟花！"), (3, "来了来了。"))
    assert not any(s == "Speaker 1" and p == "parent" for s, p, _ in facts(*lines))


def test_a_parent_called_alone_still_is_one():
    lines = ((3, "我回来了。"), (1, "妈！饭好了！"), (3, "来了。"))
    assert ("Speaker 1", "parent", "Speaker 3") in facts(*lines)
