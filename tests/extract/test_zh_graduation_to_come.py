"""明年毕业, 下个月就毕业了, 快毕业了: a graduation to come is no ``educationStatus`` graduated yet; 去年毕业了 and 今年刚大学毕业
still are."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["我闺女学会计的，明年毕业。", "我下个月就毕业了，正找工作呢。", "我快毕业了，论文还没写完。"])
def test_not_graduated_yet(line: str) -> None:
    got = facts((1, "最近忙什么呢？"), (2, line), (1, "加油。"))
    assert not any(p == "educationStatus" for _, p, _ in got), got


@pytest.mark.parametrize("line", ["我去年毕业了，在银行上班。", "我今年刚大学毕业。"])
def test_graduated(line: str) -> None:
    got = facts((1, "最近忙什么呢？"), (2, line), (1, "挺好。"))
    assert ("Speaker 2", "educationStatus", "graduated") in got, got
