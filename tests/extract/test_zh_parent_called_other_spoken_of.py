"""A parent called while the other parent is spoken of (妈！我爸说他不回来吃了！, 爸，等等我！你答应过我妈的) is the one called,
in a group as between two; where both are called (爸，妈，我回来了！, 你好。妈妈。爸爸。) which one answers stays unknown."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("lines", "child", "parent"), [
    (((3, "今天就到这儿吧。"), (2, "行，我先走了。"), (1, "妈！我爸说他今晚不回来吃了！"), (2, "又不回来？"), (3, "慢走啊。")),
     "Speaker 1", "Speaker 2"),
    (((2, "我先下山了。"), (1, "爸！等等我！你答应过我妈不走夜路的！"), (2, "小雨，你慢点。"), (3, "都小心点。")),
     "Speaker 1", "Speaker 2"),
])
def test_a_parent_called_while_the_other_is_spoken_of(lines: tuple[tuple[int, str], ...], child: str, parent: str) -> None:
    got = facts(*lines)
    assert (child, "parent", parent) in got, got


@pytest.mark.parametrize("lines", [
    ((3, "今天就到这儿吧。"), (2, "行，我先走了。"), (1, "爸，妈，我回来了！"), (2, "回来啦。"), (3, "慢走啊。")),
    ((3, "今天就到这儿吧。"), (2, "行，我先走了。"), (1, "你好。妈妈。爸爸。"), (2, "嗯。"), (3, "慢走啊。")),
])
def test_both_parents_called_leave_the_one_answering_unknown(lines: tuple[tuple[int, str], ...]) -> None:
    got = facts(*lines)
    assert not any(p == "parent" and s == "Speaker 1" for s, p, o in got), got
