"""A transfer to a named place at a time to come is a goal, as a move is: 帮我练练西语，我明年要调去马德里工作 (调到马德里),
我下个月要外派到迪拜 (调到迪拜); not a transfer with no time (我要调去广州), to a department (下个月要调到财务部) or one
already made (我去年调到了西安: where one works, not a goal)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "goal"), [
    ("帮我练练西语，我明年要调去马德里工作。", "调到马德里"),
    ("我下个月要外派到迪拜，那边夏天穿什么？", "调到迪拜"),
])
def test_a_transfer_to_come_is_a_goal(said: str, goal: str) -> None:
    assert ("安娜", "goal", goal, False) in told(said), told(said)


@pytest.mark.parametrize("said", ["我要调去广州。", "我下个月要调到财务部。", "我去年调到了西安。"])
def test_no_transfer_goal(said: str) -> None:
    assert not any(p == "goal" for _, p, _, _ in told(said)), told(said)
