"""我外甥阿亮现在跟着我干: the one followed at work (跟着X干) is the boss; 跟我干一杯 is a drink, no boss."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_one_followed_at_work_is_the_boss() -> None:
    got = facts((1, "你这店几个人？"), (2, "就两个，我外甥阿亮现在跟着我干。"), (1, "挺好。"))
    assert ("阿亮", "boss", "Speaker 2") in got, got


def test_a_toast_names_no_boss() -> None:
    got = facts((1, "今天高兴！"), (2, "来，跟我干一杯！"), (1, "干！"))
    assert not any(p == "boss" for _, p, _ in got), got
