"""A yes to whether one is still in a group tells that one is in it: "Are you still in the choir?" - "yep, still
singing alto", "still with that running club?" - "Yes!", 还在合唱团吗？ - 在呢，每周三排练; a no tells nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("question", "reply", "group"), [
    ("Are you still in the choir?", "yep, still singing alto", "choir"),
    ("Are you still with that running club?", "Yes! Every Sunday.", "running club"),
    ("还在合唱团吗？", "在呢，每周三排练。", "合唱团"),
    ("你现在还在那个读书会吗？", "还在，每个月一次。", "读书会"),
])
def test_still_in_the_group(question: str, reply: str, group: str) -> None:
    found = facts((1, question), (2, reply))
    assert ("Speaker 2", "memberOf", group) in found, found


@pytest.mark.parametrize(("question", "reply"), [("Are you still in the choir?", "nope, quit in the spring"),
                                                 ("还在合唱团吗？", "不在了，太忙。")])
def test_no_longer_in_it(question: str, reply: str) -> None:
    found = facts((1, question), (2, reply))
    assert not any(p == "memberOf" for _, p, _ in found), found
