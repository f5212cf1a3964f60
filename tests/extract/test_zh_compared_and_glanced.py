"""Chinese: what is liked more than something else (我喜欢猫胜过狗 likes 猫, 我喜欢安迪胜过别人 thinks well of 安迪) and an event
one went to glance at (我去瞅了眼公司的晚会 attended 公司的晚会). Invented lines; the comparison and the glance are not part
of the object."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "liked"), [("我喜欢猫胜过狗。", "猫"), ("我喜欢夏天更甚于冬天。", "夏天"), ("我喜欢咖啡多过茶。", "咖啡")])
def test_what_is_liked_more_than_something_else(text, liked):
    facts = told(text)
    assert ("安娜", "likes", liked, False) in facts
    assert not any(p == "likes" and o != liked for _, p, o, _ in facts)


def test_a_person_liked_more_than_others_is_thought_well_of():
    facts = told("我喜欢安迪胜过别的男生，这很明显。")
    assert ("安娜", "positiveImpression", "安迪", False) in facts
    assert not any(p == "likes" for _, p, _, _ in facts)


@pytest.mark.parametrize("text", ["我去瞅了眼公司的晚会，真热闹。", "我去看了一眼同学的婚礼。", "我去瞧了眼他们的生日派对。"])
def test_an_event_glanced_at_is_attended_without_the_glance(text):
    attended = {o for _, p, o, _ in told(text) if p == "attended"}
    assert attended and not any("眼" in o for o in attended)


def test_look_alikes_stay():
    assert ("安娜", "likes", "猫", False) in told("我喜欢猫。")
    assert ("安娜", "attended", "同学的婚礼", True) in told("我去参加了同学的婚礼。") or (
        "安娜", "attended", "同学的婚礼", False) in told("我去参加了同学的婚礼。")
