"""你哪儿人啊？ (no 是) asks where one is from, as 你是哪里人？ does: "河北邯郸的" answers it with the replier's hometown;
你是哪个单位的？ and 你去哪儿？ ask nothing of the sort."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("question", ["你哪儿人啊？", "您哪里人？", "你老家哪儿的？"])
def test_the_hometown_answered(question: str) -> None:
    got = facts((1, question), (2, "河北邯郸的，来这边三年了。"), (1, "不远。"))
    assert ("Speaker 2", "hometown", "河北邯郸") in got, got


@pytest.mark.parametrize("question,answer", [("你是哪个单位的？", "市二院的。"), ("你去哪儿？", "邯郸的车站。")])
def test_no_hometown_asked(question: str, answer: str) -> None:
    got = facts((1, question), (2, answer), (1, "好。"))
    assert not any(p == "hometown" for _, p, _ in got), got
