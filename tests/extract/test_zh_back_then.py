"""A clause set back then by the clause before it (issue 13): "我刚开店那会儿，阿凯还在上小学呢" and "我跟赵总创业的时候，你还在上
大学呢" tell a school of years ago (ended), not where one studies now."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from tests.extract.dialogue_facts import told, turns


@pytest.mark.parametrize("text, subject, obj", [
    ("我刚开店那会儿，阿凯还在上小学呢。", "阿凯", "小学"),
    ("那时候，我住在北京。", "安娜", "北京"),
])
def test_a_state_back_then_is_ended(text, subject, obj):
    found = told(text)
    assert any(s == subject and o == obj and ended for s, _, o, ended in found), found
    assert not any(s == subject and o == obj and not ended for s, _, o, ended in found)


def test_the_one_spoken_to_was_at_university_then():
    said = turns((1, "何姐，你也就敢跟赵总这么说话。"), (2, "那当然，我跟赵总一块儿创业的时候，你还在上大学呢。"))
    now = {(f.subject.label, f.predicate, str(f.object)) for f in RuleExtractor().extract(said) if not f.ended}
    assert ("Speaker 1", "studiesAt", "大学") not in now


def test_a_plan_while_away_is_no_past():
    assert told("我在读大学，我住在学校。") and not any(ended for *_, ended in told("我在读大学。"))
