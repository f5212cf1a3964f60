"""The people around a user, named the ways people name them, English and Chinese: a friend met somewhere, named after
it ("my best friend from high school, Dana, is a firefighter", 我高中最好的朋友丹丹在成都当消防员), a stepchild
(我继子小凯今年14岁, 我继女叫小美), and a pet had with someone (我和室友一起养了一只猫，叫橄榄: the cat, not the
speaker's name). Each with look-alikes that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("My oldest friend from college, Priya, lives in Leeds.", ("Ann", "friend", "Priya")),
    ("My oldest friend from college, Priya, lives in Leeds.", ("Priya", "livesIn", "Leeds")),
    ("My roommate from grad school, Omar, works at Intel.", ("Omar", "worksFor", "Intel")),
    ("我大学最好的朋友晓雯在西安当医生。", ("安娜", "friend", "晓雯")),
    ("我大学最好的朋友晓雯在西安当医生。", ("晓雯", "jobTitle", "医生")),
    ("我继子浩浩今年十二岁。", ("安娜", "child", "浩浩")),
    ("我继女叫小美。", ("安娜", "child", "小美")),
    ("我跟男朋友一起养了一条狗，叫可乐。", ("安娜", "hasPet", "可乐")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("I got a letter from my friend from college.", "friend"),
    ("My friend from work is nice.", "livesIn"),
    ("我跟男朋友一起养了一条狗，叫可乐。", "name"),
    ("我大学同学叫王磊。", "friend"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    assert not any(p == predicate and not ended for s, p, _, ended in facts if s in ("Ann", "安娜")), facts
