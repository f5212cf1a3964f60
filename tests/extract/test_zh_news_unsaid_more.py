"""Chinese news told with no subject at the head of a turn, in more of its forms: 前天踢球把脚崴了 (hurt), 最近只吃鸡蛋
不吃肉 (what one eats), 已经是店长了 (what one is now), and a sentence after a first one of one's own news
(调岗了！现在是组长了); a sentence after news of someone else (他调岗了！现在是组长了) is not the speaker's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "fact"), [
    ("前天踢球把脚崴了，疼死了", ("安娜", "trait", "脚扭伤", False)),
    ("现在只吃鱼不吃肉了", ("安娜", "diet", "pescatarian", False)),
    ("已经是店长了，管十几个人", ("安娜", "jobTitle", "店长", False)),
    ("升职了！现在是组长了", ("安娜", "jobTitle", "组长", False)),
    ("刚搬到杭州了！现在是产品经理了", ("安娜", "jobTitle", "产品经理", False)),
])
def test_news_without_a_subject(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(text), told(text)


@pytest.mark.parametrize("text", ["他升职了！现在是组长了", "现在是冬天了", "我妈升职了！现在是组长了"])
def test_not_the_speakers_news(text: str) -> None:
    assert not any(p == "jobTitle" and s == "安娜" for s, p, _, _ in told(text)), told(text)
