"""What friends tell each other of their pastimes in catch-up chat, typed without "I" / 我 (issue 13): a language or an
instrument being learnt ("been learning Korean on Duolingo", 在用多邻国学日语, 改学钢琴了), a series followed ("obsessed with
Severance", 在追《繁花》), a team or league joined or formed ("joined a volleyball league", 跟几个同事组了个羽毛球队), an instrument switched to
("nah switched to piano"), a promotion told in a reply (升职啦！现在是产品经理了), and a roommate or partner had "now"
and named ("I have a roommate now, Jess"). Each with look-alikes that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, said_by

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("text", "fact"), [
    ("been learning Portuguese on Duolingo, 60 day streak!", ("Ann", "hobby", "learning Portuguese")),
    ("learning to knit this winter, it's so relaxing", ("Ann", "hobby", "learning to knit")),
    ("obsessed with Severance rn", ("Ann", "likes", "Severance")),
    ("joined a bowling league with my neighbors", ("Ann", "memberOf", "bowling league")),
    ("nah switched to violin, my aunt teaches me", ("Ann", "hobby", "violin")),
    ("I took up cello over the summer", ("Ann", "hobby", "cello")),
    ("ran my first marathon on Saturday!!", ("Ann", "attended", "first marathon")),
    ("started volunteering at the food bank", ("Ann", "hobby", "volunteering")),
    ("nope, vegan now, two years already", ("Ann", "diet", "vegan")),
    ("finally got an offer!! data analyst at Stripe", ("Ann", "jobTitle", "data analyst")),
    ("finally got an offer!! data analyst at Stripe", ("Ann", "worksFor", "Stripe")),
    ("周六跑完了人生第一个全马！", ("安娜", "attended", "全马")),
    ("最近在用App学韩语，坚持一个月了！", ("安娜", "hobby", "学韩语")),
    ("在跟着B站学做饭，天天做。", ("安娜", "hobby", "学做饭")),
    ("我改学尤克里里了。", ("安娜", "hobby", "学尤克里里")),
    ("在追《漫长的季节》，太好看了", ("安娜", "hobby", "追《漫长的季节》")),
    ("跟几个邻居组了个篮球队，每周六打。", ("安娜", "memberOf", "篮球队")),
])
def test_news_typed_without_i_is_the_speakers(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize(("lines", "fact"), [
    (((B, "你还在练书法吗？"), (A, "没了，改学画画了")), (A, "hobby", "学画画")),
    (((B, "最近在追什么剧？"), (A, "在追《狂飙》，刚看完第十集")), (A, "hobby", "追《狂飙》")),
    (((B, "最近怎么样？"), (A, "升职啦！现在是部门经理了")), (A, "jobTitle", "部门经理")),
    (((B, "工作找得怎么样了？"), (A, "找到了！在京东做数据分析")), (A, "worksFor", "京东")),
    (((B, "新家怎么样？"), (A, "挺舒服的，在南山租了个一居室")), (A, "livesIn", "南山")),
])
def test_a_reply_with_its_subject_left_out_is_the_speakers(lines: tuple[tuple[str, str], ...],
                                                         fact: tuple[str, str, str]) -> None:
    assert fact in said_by(*lines), said_by(*lines)


@pytest.mark.parametrize(("text", "predicate"), [
    ("learning a lot at the new job", "hobby"),             # no pastime learnt
    ("Learning Spanish is hard for me", "hobby"),           # the gerund is the subject
    ("joined the meeting late, sorry", "memberOf"),         # taken part in once
    ("I switched to decaf", "hobby"),                       # no pastime
    ("I picked up the guitar and played a song", "hobby"),  # taken in hand
    ("ran into my old boss at the mall", "attended"),
    ("Dinner at Mario's tonight!", "jobTitle"),             # no job said alone
    ("My mom nurse at Mercy.", "jobTitle"),
    ("I joined the call at nine", "memberOf"),
    ("我在用电脑。", "livesIn"),                               # no home 用电脑
    ("我在用多邻国学西班牙语。", "livesIn"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    assert not any(p == predicate for _, p, _ in kept(text)), kept(text)


def test_a_few_friends_is_no_question() -> None:
    """几个 after 跟 is "a few" (跟几个同事), not the question word of 你有几个孩子？."""
    assert ("安娜", "memberOf", "合唱团") in kept("我跟几个同学组了个合唱团。")
    assert not kept("你有几个孩子")


@pytest.mark.parametrize(("text", "fact"), [
    ("I'm obsessed with The Good Place", ("Ann", "likes", "The Good Place")),  # a title keeps its "The"
    ("I love The Killers", ("Ann", "likes", "The Killers")),
    ("I love the beach", ("Ann", "likes", "beach")),
])
def test_a_title_keeps_its_article(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("love it! and I have a roommate now, Tess from my old job", ("Ann", "roommate", "Tess")),
    ("I have a boyfriend now, Theo", ("Ann", "partner", "Theo")),
])
def test_a_relative_had_now_is_named(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)
