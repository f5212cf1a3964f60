"""A relative who is also a classmate, a colleague, a neighbour (我和我老公是初中同学, 我跟我堂姐是同事): both facts, as
我老公是我初中同学 says; not denied, asked, the one spoken to's, nor a past neighbour (以前是邻居)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "relative", "kin", "tie"), [
    ("我和我老公是初中同学。", "安娜的老公", "spouse", "classmate"),
    ("我跟我堂姐是同事，天天一起上班。", "安娜的堂姐", "relative", "colleague"),
    ("我和我媳妇儿以前是高中同学。", "安娜的媳妇", "spouse", "classmate"),
    ("我与我表弟是室友。", "安娜的表弟", "relative", "roommate"),
])
def test_the_relative_and_the_tie(text: str, relative: str, kin: str, tie: str) -> None:
    facts = kept(text)
    assert {("安娜", kin, relative), ("安娜", tie, relative)} <= facts, facts


@pytest.mark.parametrize("text", ["我和我老公不是同学。", "我和我老公是同学吗？", "你和你老公是同学。",
                                  "我和我老公以前是邻居。"])
def test_no_tie(text: str) -> None:
    assert not {f for f in kept(text) if f[1] in ("classmate", "neighbor") and f[2].startswith("安娜的")}
