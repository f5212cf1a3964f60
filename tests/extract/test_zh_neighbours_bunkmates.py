"""Chinese: living just above, below or next to the one spoken to, with more said after it (我住你楼下都嫌吵), makes
neighbours; bunkmates (我们是上下铺) are roommates (issue 13, :mod:`kg_memory.extract.chinese.people`). Invented
lines; a hypothetical or a floor alone gives nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines, fact", [
    (((1, "昨晚又停电了。"), (2, "你家那狗叫了一宿，我住你隔壁都听得清清楚楚。"), (1, "对不住。")), ("Speaker 2", "neighbor", "Speaker 1")),
    (((1, "你俩怎么这么熟？"), (2, "我们是大学上下铺。"), (1, "难怪。")), ("Speaker 2", "roommate", "Speaker 1")),
    (((1, "你认识老邱？"), (2, "我跟老邱是上下铺，能不认识吗？"), (1, "哦。")), ("Speaker 2", "roommate", "老邱")),
])
def test_neighbours_and_bunkmates(lines, fact):
    assert fact in facts(*lines)


@pytest.mark.parametrize("lines", [
    ((1, "你想住哪儿？"), (2, "要是我住你楼下就好了。"), (1, "想得美。")),
    ((1, "会议室在哪？"), (2, "在楼下。"), (1, "好。")),
])
def test_no_neighbour_without_a_home_beside(lines):
    assert not any(p == "neighbor" for _, p, _ in facts(*lines))
