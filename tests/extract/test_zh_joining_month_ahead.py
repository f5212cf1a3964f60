"""A start at a company to come told with a time the clause reads off as an adverb (九月份, 明天, 三月份): 我九月份去华为报到
is worksFor 华为 as 我下个月入职腾讯 is (:mod:`kg_memory.extract.chinese.joining_ahead`). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("line, org", [
    ("我九月份去华为报到。", "华为"),
    ("好消息！我明天去腾讯报到。", "腾讯"),
    ("我三月份入职百度，终于定下来了。", "百度"),
    ("我今年十月去阿里巴巴上班。", "阿里巴巴"),
])
def test_a_company_joined_at_a_time_to_come_is_the_employer(line, org):
    assert ("安娜", "worksFor", org) in kept(line)


@pytest.mark.parametrize("line, org", [
    ("我九月份去北京上班。", "北京"),
    ("我九月份去华为开会。", "华为"),
    ("我去华为报到。", "华为"),
    ("我想九月份去华为报到。", "华为"),
    ("我九月份不去华为报到了。", "华为"),
])
def test_no_company_a_place_a_visit_or_a_wish_is_no_start(line, org):
    assert ("安娜", "worksFor", org) not in kept(line)
