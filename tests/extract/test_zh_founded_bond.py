"""What 建立 makes between people (a bond, trust, a habit) is no organisation founded: 我们先建立信任 gives no founded;
a firm founded stays."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["我和她慢慢建立了信任。", "我跟客户建立了很好的关系。", "我们先做朋友，建立感情基础。"])
def test_a_bond_is_no_firm(line: str) -> None:
    got = facts((1, "你怎么看？"), (2, line))
    assert not any(p == "founded" for _, p, _ in got), got


def test_a_firm_founded_stays() -> None:
    assert ("Speaker 2", "founded", "星火科技") in facts((1, "你最近忙吗？"), (2, "我去年创办了星火科技。"))
