"""One's own news told without 我, at the head of a turn or in reply to a question of how one is or where one went: 最近
怎么样？ - 踢足球把膝盖扭伤了 (the replier's injury), 五一去哪儿玩了？ - 跟我老婆去厦门看海了 (the replier went, with his
wife); a question about someone else leaves the reply theirs (你弟弟最近怎么样？ - 打篮球把脚扭伤了)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize(("question", "reply", "fact"), [
    ("最近怎么样？", "踢足球把膝盖扭伤了，在家躺了一周。", ("Speaker 2", "trait", "膝盖扭伤")),
    ("周末过得怎么样？", "滑雪把手腕摔骨折了。", ("Speaker 2", "trait", "手腕骨折")),
    ("五一去哪儿玩了？", "跟我老婆去厦门看海了。", ("Speaker 2", "visited", "厦门")),
])
def test_the_repliers_own_news(question: str, reply: str, fact: tuple[str, str, str]) -> None:
    found = facts((1, question), (2, reply))
    assert fact in found, found


def test_news_opening_a_turn() -> None:
    assert ("安娜", "trait", "腿骨折", False) in told("打篮球把腿摔骨折了，难受。")


def test_someone_elses_news() -> None:
    found = facts((1, "你弟弟最近怎么样？"), (2, "打篮球把脚扭伤了。"))
    assert not any(s == "Speaker 2" and p == "trait" for s, p, _ in found), found


def test_another_hurt_by_someone() -> None:
    assert not any(p == "trait" for _, p, _, _ in told("他把我的腿踢伤了。"))
