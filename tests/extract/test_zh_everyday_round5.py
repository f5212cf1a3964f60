"""Everyday statements in Chinese, fifth round: where a relative studies (我姐姐在美国读书: she lives there, no school
named), what one studied (我大学学的是法律), an employer joined (我跳槽到了字节跳动, 我刚换了工作，现在在阿里巴巴) or lost
(我上个月被裁了, 我失业了), where one's office is when jieba knows no such place (我们单位在国贸), a food not eaten
(我不吃辣), a wife called 媳妇, a relative who used to have a job (我爸爸以前是警察), a retired worker, a sister who
married away (我姐姐嫁到了广州), a star sign (我是双子座: not a name), working abroad (在国外工作: where, not for whom),
a mother tongue (我母语是粤语, 我英语说得不错), an allergy or a condition said bare (我海鲜过敏, 我有点近视), a pet lost (我们家
的猫走丢了: had no more), a new home that names no place (我刚搬到新家), and a boss one is told is not someone
(我的老板不是王总: no boss stored). Each with look-alike lines (questions,
negations, hypotheticals, wishes, other people) that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("我姐姐在美国读书。", ("安娜的姐姐", "livesIn", "美国")),
    ("我女儿在上海读大学。", ("安娜的女儿", "livesIn", "上海")),
    ("我儿子在英国读高中。", ("安娜的儿子", "livesIn", "英国")),
    ("我在日本留学。", ("安娜", "livesIn", "日本")),
    ("我大学学的是法律。", ("安娜", "fieldOfStudy", "法律")),
    ("我读研的时候学的是经济学。", ("安娜", "fieldOfStudy", "经济学")),
    ("我学的是计算机。", ("安娜", "fieldOfStudy", "计算机")),
    ("我跳槽到了字节跳动。", ("安娜", "worksFor", "字节跳动")),
    ("我上个月入职了腾讯。", ("安娜", "worksFor", "腾讯")),
    ("我刚换了工作，现在在阿里巴巴。", ("安娜", "worksFor", "阿里巴巴")),
    ("我们单位在国贸。", ("安娜", "workLocation", "国贸")),
    ("我们公司在陆家嘴。", ("安娜", "workLocation", "陆家嘴")),
    ("我哥哥在国外工作。", ("安娜的哥哥", "workLocation", "国外")),
    ("我不吃辣。", ("安娜", "dislikes", "辣")),
    ("我从来不吃香菜。", ("安娜", "dislikes", "香菜")),
    ("我媳妇是四川人。", ("安娜", "spouse", "安娜的媳妇")),
    ("我媳妇是四川人。", ("安娜的媳妇", "hometown", "四川")),
    ("我姐姐嫁到了广州。", ("安娜的姐姐", "livesIn", "广州")),
    ("我是双子座。", ("安娜", "trait", "双子座")),
    ("我属龙。", ("安娜", "trait", "属龙")),
    ("我是独生女。", ("安娜", "trait", "独生女")),
    ("我母语是粤语。", ("安娜", "speaks", "粤语")),
    ("我英语说得不错。", ("安娜", "speaks", "英语")),
    ("我海鲜过敏。", ("安娜", "trait", "对海鲜过敏")),
    ("我有点近视。", ("安娜", "trait", "近视")),
    ("我乳糖不耐受。", ("安娜", "trait", "乳糖不耐受")),
    ("我是全职妈妈。", ("安娜", "jobTitle", "全职妈妈")),
    ("我儿子在读初中。", ("安娜的儿子", "studiesAt", "初中")),
    ("我儿子上小学了。", ("安娜的儿子", "studiesAt", "小学")),  # not a son named 上小学
    ("我在读大三。", ("安娜", "studiesAt", "大学")),
    ("我今年刚大学毕业。", ("安娜", "educatedAt", "大学")),
    ("我打算换工作。", ("安娜", "goal", "换工作")),
    ("我在考虑辞职。", ("安娜", "goal", "辞职")),
    ("我最近在减肥。", ("安娜", "goal", "减肥")),
    ("我老婆怀孕三个月了。", ("安娜的老婆", "trait", "怀孕")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我上个月被裁了。", ("安娜", "worksFor", "安娜")),
    ("我失业了。", ("安娜", "worksFor", "安娜")),
    ("我被公司裁掉了。", ("安娜", "worksFor", "安娜")),  # the company unnamed: whichever employer it is, it ends
    ("我被炒鱿鱼了。", ("安娜", "worksFor", "安娜")),
    ("我爸爸以前是警察。", ("安娜的爸爸", "jobTitle", "警察")),
    ("我爸爸是一名退休工人。", ("安娜的爸爸", "jobTitle", "工人")),
    ("我们家的猫去年走丢了。", ("安娜", "hasPet", "安娜的猫")),
])
def test_a_job_ended_is_an_ending(text: str, fact: tuple[str, str, str]) -> None:
    assert (*fact, True) in told(text), told(text)


def test_a_relative_who_used_to_work_is_the_relative_not_a_word_of_time() -> None:
    assert not any(s == "以前" for s, _, _, _ in told("我爸爸以前是警察。")), told("我爸爸以前是警察。")


def test_a_son_at_school_is_not_named_by_it() -> None:
    assert ("安娜", "child", "上小学") not in kept("我儿子上小学了。"), told("我儿子上小学了。")


@pytest.mark.parametrize(("text", "predicate"), [
    ("我姐姐在美国读书吗？", "livesIn"),
    ("如果我女儿在上海读大学就好了。", "livesIn"),
    ("我想在英国留学。", "livesIn"),
    ("我在英国留学过两年。", "livesIn"),  # once, when unknown: not where one lives now
    ("我弟弟在北京大学读研究生。", "livesIn"),  # the school is named: studiesAt, not a place
    ("我跳槽到了北京。", "worksFor"),
    ("我加入了一个读书会。", "worksFor"),
    ("我想跳槽到字节跳动。", "worksFor"),
    ("我现在在阿里巴巴。", "worksFor"),  # nothing of a job said: a visit as well
    ("我们公司在招人。", "workLocation"),
    ("我们公司在装修。", "workLocation"),
    ("我们单位在你家附近。", "workLocation"),
    ("我们公司在困难时期。", "workLocation"),
    ("我没吃早饭。", "dislikes"),
    ("我不吃早饭。", "dislikes"),
    ("我不能吃辣。", "dislikes"),
    ("我不吃了。", "dislikes"),
    ("他说他不吃辣。", "dislikes"),
    ("我学的是做菜。", "fieldOfStudy"),
    ("我不是双子座。", "trait"),
    ("我是双子座。", "name"),
    ("我姐姐嫁到了一个好人家。", "livesIn"),
    ("我刚搬到新家。", "livesIn"),  # a new home, no place named
    ("我不是独生女。", "trait"),
    ("我皮肤过敏。", "trait"),
    ("我有点过敏。", "trait"),
    ("我花粉过敏吗？", "trait"),
    ("我英语说得不好。", "speaks"),
    ("我想上大学。", "studiesAt"),
    ("我没上大学。", "studiesAt"),
    ("我不打算换工作。", "goal"),
    ("你打算换工作吗？", "goal"),
    ("我没有怀孕。", "trait"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    assert not any(p == predicate and not ended for _, p, _, ended in told(text)), told(text)


@pytest.mark.parametrize("text", ["我没有失业。", "我不想被裁。", "如果我被裁了怎么办？", "我朋友被裁了。"])
def test_no_job_of_the_speaker_ended_where_none_was_lost(text: str) -> None:
    assert ("安娜", "worksFor", "安娜", True) not in told(text), told(text)


@pytest.mark.parametrize("text", ["我的老板不是王总。", "我的老板不是李娜。"])
def test_who_the_boss_is_not_stores_no_boss(text: str) -> None:
    assert not any(p == "boss" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我的老板是王总。", ("安娜", "boss", "王总")),
    ("我哥哥不是医生。", ("安娜", "sibling", "安娜的哥哥")),  # what he is not: the brother is there all the same
])
def test_a_boss_named_or_a_relative_described_stays(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)
