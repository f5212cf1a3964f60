"""What users tell an assistant of themselves in Chinese, fourth round: where one's home is (我家在南京: where one
lives, not 家在三楼) and what one reads at a school (我在北大读法律: the subject and the school; 我是学法律的: the
subject). Each with look-alike lines that must give nothing of the kind."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "place"), [("我家在南京。", "南京"), ("我家住在杭州。", "杭州"), ("我家现在在成都。", "成都")])
def test_ones_home_is_where_one_lives(text: str, place: str) -> None:
    assert ("安娜", "livesIn", place) in kept(text)


@pytest.mark.parametrize("text", ["我家在三楼。", "我家在学校旁边。", "我家不在北京。", "你家在哪里？"])
def test_no_home_city_unless_one_is_said(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "livesIn"}


@pytest.mark.parametrize(("text", "field", "school"), [
    ("我在北大读法律。", "法律", "北大"),
    ("我在清华大学读心理学。", "心理学", "清华大学"),
    ("我在复旦学新闻。", "新闻", "复旦"),
    ("我是学医的。", "医学", None),
])
def test_the_subject_read_at_a_school(text: str, field: str, school: str | None) -> None:
    facts = kept(text)
    assert ("安娜", "fieldOfStudy", field) in facts
    assert school is None or ("安娜", "studiesAt", school) in facts


@pytest.mark.parametrize(("text", "school"), [("我儿子在实验小学上学。", "实验小学"), ("我在北大读研究生。", "北大")])
def test_going_to_school_is_no_subject(text: str, school: str) -> None:
    facts = kept(text)
    assert not {f for f in facts if f[1] == "fieldOfStudy"}
    assert any(f[1] == "studiesAt" and f[2] == school for f in facts)


@pytest.mark.parametrize("text", ["我不是学法律的。", "我在家学做饭。", "你在北大读法律吗？"])
def test_no_subject_unless_one_reads_it(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "fieldOfStudy"}
