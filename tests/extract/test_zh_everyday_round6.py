"""Everyday statements in Chinese, sixth round: a time said before the verb (我从2015年起住在上海, 我去年开始在腾讯上班,
我退休以后搬到了海南: the fact, and the start the sentence gives it), 我们的儿子 / 我们儿子 read as 我的儿子 (his name and
age are his, not the speaker's), where one studied once (我在英国留学过两年, 我在上海念的大学: ``educatedAt`` the school,
or the place when no school is named, as "I went to college in Shanghai"), a relative still at school (a student),
not drinking or smoking (我不喝酒, 滴酒不沾: a trait) and a habit given up (我戒烟了: smoking ends), a business
district one works in (我在国贸上班: where, not for whom), an employer jieba would cut (在一家私人诊所, 在字节跳动上班),
the clause after a relative's name (我妹妹叫王芳，在深圳做设计师: about her), settling in a place (在加拿大定居了),
the languages listed after a colon (我会说三种语言：中文、英语和日语), 每周末 (not 每周 and 末...), and 恨不得 (a wish,
no dislike). Each with look-alike lines (questions, negations, hypotheticals, wishes, other people) that must give
nothing of the kind.

我的户口在天津 gives nothing: a hukou is a registration that moves with study and work (集体户口, 落户北京), so neither
where one comes from (``hometown``, functional and permanent: a wrong value would displace the true one) nor where
one lives (it is often said because one lives elsewhere).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Turn
from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("我从2015年起住在上海。", ("安娜", "livesIn", "上海")),
    ("我2015年以来一直住在上海。", ("安娜", "livesIn", "上海")),
    ("我从2020年开始在腾讯上班。", ("安娜", "worksFor", "腾讯")),
    ("我去年开始在腾讯上班。", ("安娜", "worksFor", "腾讯")),
    ("我从2018年起在华为工作。", ("安娜", "worksFor", "华为")),
    ("我大学毕业以后一直在北京工作。", ("安娜", "workLocation", "北京")),
    ("我爸妈退休以后搬到了海南。", ("安娜的爸妈", "livesIn", "海南")),
    ("我2019年开始养了一只柯基。", ("安娜", "hasPet", "安娜的柯基")),
    ("我们的儿子今年三岁了，叫小明。", ("安娜", "child", "小明")),
    ("我们儿子今年三岁了，叫小明。", ("安娜", "child", "小明")),
    ("我们儿子在读高三。", ("安娜的儿子", "studiesAt", "高中")),
    ("我在英国留学过两年。", ("安娜", "educatedAt", "英国")),
    ("我在上海念的大学。", ("安娜", "educatedAt", "上海")),
    ("我大学是在上海读的。", ("安娜", "educatedAt", "上海")),
    ("我在北京大学读的研究生。", ("安娜", "educatedAt", "北京大学")),
    ("我在清华读过书。", ("安娜", "educatedAt", "清华")),
    ("我弟弟还在上学。", ("安娜的弟弟", "jobTitle", "学生")),
    ("我女儿在念书。", ("安娜的女儿", "jobTitle", "学生")),
    ("我不喝酒。", ("安娜", "trait", "不喝酒")),
    ("我滴酒不沾。", ("安娜", "trait", "不喝酒")),
    ("我从来不抽烟。", ("安娜", "trait", "不抽烟")),
    ("我老公不抽烟。", ("安娜的老公", "trait", "不抽烟")),
    ("我在国贸上班。", ("安娜", "workLocation", "国贸")),
    ("我在南山科技园上班。", ("安娜", "workLocation", "南山科技园")),
    ("我朋友在陆家嘴工作。", ("安娜的朋友", "workLocation", "陆家嘴")),
    ("我老公是一名牙医，在一家私人诊所上班。", ("安娜的老公", "worksFor", "私人诊所")),
    ("我上个月换了工作，现在在字节跳动上班。", ("安娜", "worksFor", "字节跳动")),
    ("我妹妹叫王芳，在深圳做设计师。", ("王芳", "workLocation", "深圳")),
    ("我妹妹叫王芳，在深圳做设计师。", ("王芳", "jobTitle", "设计师")),
    ("我表哥在加拿大定居了。", ("安娜的表哥", "livesIn", "加拿大")),
    ("我会说三种语言：中文、英语和日语。", ("安娜", "speaks", "日语")),
    ("我每周末都去爬山。", ("安娜", "habit", "爬山")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate", "year"), [
    ("我从2015年起住在上海。", "livesIn", 2015),
    ("我2015年以来一直住在上海。", "livesIn", 2015),
    ("我从2020年开始在腾讯上班。", "worksFor", 2020),
    ("我去年开始在腾讯上班。", "worksFor", 2023),
])
def test_the_time_before_the_verb_is_when_the_state_began(text: str, predicate: str, year: int) -> None:
    facts = RuleExtractor().extract([Turn("c", "1", "安娜", text, datetime(2024, 5, 1))])
    starts = [f.valid_from for f in facts if f.predicate == predicate]
    assert starts and starts[0] is not None and starts[0].year == year, facts


@pytest.mark.parametrize(("text", "fact"), [
    ("我戒烟了。", ("安娜", "habit", "抽烟")),
    ("我戒烟三年了。", ("安娜", "habit", "抽烟")),
    ("我把酒戒了。", ("安娜", "habit", "喝酒")),
    ("我不喝酒了。", ("安娜", "habit", "喝酒")),
    ("我不再抽烟了。", ("安娜", "habit", "抽烟")),
    ("我爸爸戒烟了。", ("安娜的爸爸", "habit", "抽烟")),
])
def test_a_habit_given_up_ends(text: str, fact: tuple[str, str, str]) -> None:
    assert (*fact, True) in told(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("我从明年开始在腾讯上班。", "worksFor"),  # a time to come
    ("我从下个月起住在上海。", "livesIn"),
    ("如果我从2015年起住在上海就好了。", "livesIn"),
    ("我在英国留学过吗？", "educatedAt"),
    ("我没在英国留学过。", "educatedAt"),
    ("我想在上海念大学。", "educatedAt"),
    ("我打算在英国留学两年。", "educatedAt"),
    ("我在那个学校读过书。", "educatedAt"),
    ("他在美国读过书。", "educatedAt"),  # 他 unknown
    ("我在英国留学过两年。", "livesIn"),  # once: not where one lives now
    ("我的户口在天津。", "hometown"),
    ("我的户口在天津。", "livesIn"),
    ("我在读书。", "jobTitle"),  # reading a book, as well
    ("我弟弟不上学了。", "jobTitle"),
    ("我在上学的时候住在北京。", "jobTitle"),
    ("我没喝酒。", "trait"),
    ("我不能喝酒。", "trait"),
    ("我不太喝酒。", "trait"),
    ("我不想抽烟。", "trait"),
    ("你不喝酒吗？", "trait"),
    ("他说他不喝酒。", "trait"),
    ("我不在国贸上班。", "workLocation"),
    ("我在国贸上班。", "worksFor"),
    ("我想在加拿大定居。", "livesIn"),
    ("我不想在加拿大定居。", "livesIn"),
    ("英语和日语。", "speaks"),  # no 会说……语言 before
    ("我恨不得住在海边。", "dislikes"),
    ("我在朋友的公司上班。", "worksFor"),  # whose company: not an employer named 朋友的公司
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    assert not any(p == predicate and not ended for _, p, _, ended in told(text)), told(text)


@pytest.mark.parametrize("text", ["我在戒烟。", "我想戒烟。", "我戒不了烟。", "他说他戒烟了。", "你戒烟了吗？"])
def test_no_habit_ends_where_none_was_given_up(text: str) -> None:
    assert not any(p == "habit" and ended for _, p, _, ended in told(text)), told(text)


@pytest.mark.parametrize("text", ["我们的儿子今年三岁了，叫小明。", "我们儿子今年三岁了，叫小明。"])
def test_our_sons_name_and_age_are_his(text: str) -> None:
    assert ("安娜", "name", "小明") not in kept(text) and ("小明", "age", "3") in {(s, p, str(o)) for s, p, o in kept(text)}, \
        told(text)


def test_we_brothers_are_no_brother_of_the_speaker() -> None:
    assert not any(p == "sibling" for _, p, _, _ in told("我们兄弟俩都在北京工作。")), told("我们兄弟俩都在北京工作。")


def test_a_relatives_name_carries_to_the_clause_after_not_to_one_with_its_own_subject() -> None:
    assert ("安娜", "name", "李华") in kept("我哥哥叫李明，我叫李华。") \
        and not any(s == "李明" and p == "name" for s, p, _ in kept("我哥哥叫李明，我叫李华。"))


def test_an_entity_is_what_the_fact_holds() -> None:
    fact = next(f for f in RuleExtractor().extract([Turn("c", "1", "安娜", "我在国贸上班。", datetime(2024, 5, 1))])
                if f.predicate == "workLocation")
    assert isinstance(fact.object, Entity) and fact.object.type == "Place"
