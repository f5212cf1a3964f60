"""我去过会议中心 is a place visited (no meeting attended); 我去参加了婚礼 attended a 婚礼 (not "参加了婚礼")."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept


def test_a_venue_is_a_place_not_an_event() -> None:
    facts = kept("我去过会议中心")
    assert ("安娜", "visited", "会议中心") in facts and not any(p == "attended" for _, p, _ in facts), facts
    assert ("安娜", "visited", "社区活动中心") in kept("我去年去过社区活动中心")


def test_an_event_gone_to_is_attended() -> None:
    assert ("安娜", "attended", "婚礼") in kept("我去参加了婚礼")
    assert ("安娜", "attended", "音乐会") in kept("我去了一个音乐会")
