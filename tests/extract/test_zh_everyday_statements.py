"""Everyday Chinese statements: people called by a surname familiarly (小李, 老王) and several places visited at once
(我去过日本和韩国); and the look-alikes that must stay out."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def said(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "1", "Bob", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("我和小李是大学同学。", ("Bob", "classmate", "小李")),
    ("老王是我的邻居。", ("Bob", "neighbor", "老王")),
    ("小明是我的朋友。", ("Bob", "friend", "小明")),
    ("我的同事小张很聪明。", ("Bob", "colleague", "小张")),  # the name, not the adjective after it
])
def test_a_surname_called_familiarly_is_a_person(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said(text)


def test_a_word_starting_with_xiao_is_no_person() -> None:
    assert said("小心是我的朋友。") == set()  # 小心: "careful"


@pytest.mark.parametrize(("text", "fact"), [
    ("我女儿叫朵朵。", ("Bob", "child", "朵朵")),
    ("我有一个儿子，叫乐乐。", ("Bob", "child", "乐乐")),
    ("我的好朋友叫甜甜。", ("Bob", "friend", "甜甜")),
])
def test_a_doubled_pet_name_is_a_person(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said(text)  # 朵朵, 乐乐: no surname, unknown to jieba, and the commonest names of children


@pytest.mark.parametrize("text", ["哈哈是我的朋友。", "我妈妈叫我宝宝。"])
def test_a_doubled_word_is_no_person(text: str) -> None:
    assert not any(p in ("friend", "child", "parent", "name") for _, p, _ in said(text)), said(text)


@pytest.mark.parametrize(("text", "places"), [
    ("我去过日本和韩国。", {"日本", "韩国"}),
    ("我去过日本、韩国和泰国。", {"日本", "韩国", "泰国"}),
    ("我去过日本。", {"日本"}),
])
def test_each_place_visited_is_a_fact(text: str, places: set[str]) -> None:
    assert {o for _, p, o in said(text) if p == "visited"} == places


@pytest.mark.parametrize(("text", "fact"), [
    ("我有一个儿子，叫小明。", ("Bob", "child", "小明")),  # the son's name, not the speaker's
    ("我有一个五岁的女儿。", ("Bob", "child", "Bob的女儿")),
    ("我结婚十年了。", ("Bob", "maritalStatus", "married")),
    ("我在北京住了五年了。", ("Bob", "livesIn", "北京")),
])
def test_family_and_home_said_in_passing(text: str, fact: tuple[str, str, str]) -> None:
    found = said(text)
    assert fact in found, found
    assert not any(p == "name" for _, p, _ in found)


def test_a_name_after_the_speakers_job_is_no_relatives() -> None:
    found = said("我是个演员，叫乔伊。")
    assert ("Bob", "jobTitle", "演员") in found and not any(p == "child" for _, p, _ in found)


def test_a_stay_that_may_be_over_is_no_home() -> None:
    assert not any(p == "livesIn" for _, p, _ in said("我在北京住了五年。"))  # no final 了: perhaps no longer


@pytest.mark.parametrize(("text", "fact"), [
    ("我有一个五岁的女儿叫小美。", ("小美", "age", "5")),
    ("我有一个五岁的女儿，叫小美。", ("小美", "age", "5")),
    ("我女儿小美今年五岁。", ("小美", "age", "5")),
])
def test_a_named_childs_age_is_the_childs(text: str, fact: tuple[str, str, str]) -> None:
    found = said(text)
    assert fact in found and ("Bob", "child", "小美") in found, found
    assert not any(s == "Bob" and p == "age" for s, p, _ in found)


@pytest.mark.parametrize("text", [
    "我有一个五岁的女儿。",  # unnamed: no age kept for Bob的女儿
    "我没有一个五岁的女儿叫小美。",
    "你有一个五岁的女儿叫小美吗？",
    "我以前有一个五岁的女儿叫小美。",  # the age then, not now
    "我女儿小美五岁的时候很喜欢马。",
])
def test_no_age_for_an_unnamed_denied_asked_or_past_child(text: str) -> None:
    assert not any(p == "age" for _, p, _ in said(text)), said(text)


@pytest.mark.parametrize("text", ["我是个演员，叫乔伊·崔比安尼。", "我叫乔伊·崔比安尼。"])
def test_a_full_name_with_its_dot_names_the_speaker(text: str) -> None:
    assert ("Bob", "name", "乔伊·崔比安尼") in said(text), said(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我是个演员，叫什么不重要。", ("Bob", "jobTitle", "演员")),
    ("我有个朋友，叫乔伊。", ("Bob", "friend", "乔伊")),
    ("我有个朋友，叫乔伊·崔比安尼。", ("Bob", "friend", "乔伊·崔比安尼")),  # the friend's full name
    ("我是个演员，他叫乔伊·崔比安尼。", ("Bob", "jobTitle", "演员")),
])
def test_a_name_that_is_someone_elses_or_none_is_no_speakers_name(text: str, fact: tuple[str, str, str]) -> None:
    found = said(text)
    assert fact in found and not any(p == "name" for _, p, _ in found), found


def test_a_full_name_denied_is_no_name() -> None:
    assert not any(p == "name" for _, p, _ in said("我不叫乔伊·崔比安尼。"))


@pytest.mark.parametrize(("text", "facts"), [
    ("我有两个孩子，一个叫小明，一个叫小红。", {("Bob", "child", "小明"), ("Bob", "child", "小红")}),
    ("我有两个女儿，大的叫朵朵，小的叫果果。", {("Bob", "child", "朵朵"), ("Bob", "child", "果果")}),
    ("我有两个哥哥，叫大伟和小伟。", {("Bob", "sibling", "大伟"), ("Bob", "sibling", "小伟")}),
])
def test_relatives_counted_then_named_are_each_kept(text: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= said(text), said(text)


@pytest.mark.parametrize("text", ["我有两个孩子，都在上小学。", "我有两个孩子，我老公很爱他们。"])
def test_what_follows_a_count_of_relatives_names_nobody(text: str) -> None:
    assert not any(p == "child" and not o.startswith("Bob") for _, p, o in said(text)), said(text)


def test_what_a_relative_drives_is_no_name_of_theirs() -> None:
    assert said("我朋友开的是特斯拉。") == {("Bob", "friend", "Bob的朋友"), ("Bob的朋友", "owns", "特斯拉")}  # not 开的是


def test_a_relatives_full_name_is_kept_whole() -> None:
    assert ("Bob", "sibling", "乔伊·崔比安尼") in said("我弟弟叫乔伊·崔比安尼。")


@pytest.mark.parametrize(("text", "plan"), [("我下周要搬到广州了。", "搬到广州"), ("我明年打算搬去上海。", "搬到上海")])
def test_a_move_to_come_is_a_plan_not_a_home(text: str, plan: str) -> None:
    assert ("Bob", "goal", plan) in said(text) and not any(p == "livesIn" for _, p, _ in said(text)), said(text)


@pytest.mark.parametrize("text", ["我家住在三楼。", "我住在楼上。", "我住在十二楼。"])
def test_the_floor_one_lives_on_is_no_home(text: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in said(text)), said(text)


def test_a_city_starting_with_a_numeral_is_still_a_home() -> None:
    assert ("Bob", "livesIn", "三亚") in said("我住在三亚。")


@pytest.mark.parametrize(("text", "business"), [("我开了一家咖啡店。", "咖啡店"), ("我去年创办了一家科技公司。", "科技公司")])
def test_a_business_one_opened_is_one_founded(text: str, business: str) -> None:
    assert ("Bob", "founded", business) in said(text), said(text)


@pytest.mark.parametrize("text", ["我想开一家咖啡店。", "我没开过店。", "我开了一个会。"])
def test_a_wish_a_denial_or_a_meeting_is_no_founding(text: str) -> None:
    assert not any(p == "founded" for _, p, _ in said(text)), said(text)
