"""What users say of themselves and their people in ordinary Chinese chats, second round: one still in a city lives
there (我男朋友阿杰还在北京, as "Leo is still in Chicago"), someone about to marry a person named after what they
are to them (她要嫁给她大学同学王磊: partners; 嫁给了她同事王磊: spouses), a subject taught (我妈教钢琴: a 钢琴老师),
a former boss named after where (我以前在上海的老板李总: ended), a pastime taken up (我最近开始跑步了: a hobby), a race
trained for (我在准备五月的杭州半马: a goal), engaged to one's partner unnamed (我哥刚和他女朋友订婚了), together for
years (我和阿杰在一起三年了: partners since then) and a relative before a verb that reads as no name (我妹妹开始跑步了:
not a sister called 开始). Each with look-alike lines (negations, questions, hypotheticals, other people, quotes) that
must give nothing of the kind.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Turn
from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("我男朋友阿杰还在北京。", ("阿杰", "livesIn", "北京")),
    ("我还在上海呢。", ("安娜", "livesIn", "上海")),
    ("我爸妈仍然在成都。", ("安娜的爸妈", "livesIn", "成都")),
    ("我姐姐下个月结婚，她要嫁给她大学同学王磊。", ("安娜的姐姐", "partner", "王磊")),
    ("我姐姐要嫁给她大学同学王磊。", ("安娜的姐姐", "partner", "王磊")),
    ("我哥下个月要娶莉莉了。", ("安娜的哥", "partner", "莉莉")),
    ("我姐姐嫁给了她同事王磊。", ("安娜的姐姐", "spouse", "王磊")),
    ("我妈教钢琴。", ("安娜的妈", "jobTitle", "钢琴老师")),
    ("我爸在一所中学教数学。", ("安娜的爸", "jobTitle", "数学老师")),
    ("我的老板李总最近联系我了。", ("安娜", "boss", "李总")),
    ("我在上海的老板李总来北京了。", ("安娜", "boss", "李总")),
    ("我最近开始跑步了。", ("安娜", "hobby", "跑步")),
    ("我又开始练瑜伽了。", ("安娜", "hobby", "练瑜伽")),
    ("我妹妹开始跑步了。", ("安娜的妹妹", "hobby", "跑步")),
    ("我妹妹开始跑步了。", ("安娜", "sibling", "安娜的妹妹")),
    ("我在准备五月的杭州半马。", ("安娜", "goal", "参加杭州半马")),
    ("我正在备战明年的马拉松。", ("安娜", "goal", "参加马拉松")),
    ("我哥刚和他女朋友订婚了。", ("安娜的哥", "maritalStatus", "engaged")),
    ("我姐姐和她男朋友结婚了。", ("安娜的姐姐", "maritalStatus", "married")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("我以前在上海的老板李总最近联系我了。", ("安娜", "boss", "李总")),
    ("我以前的老板李总。", ("安娜", "boss", "李总")),
    ("我之前的同事小王换工作了。", ("安娜", "colleague", "小王")),
])
def test_a_former_workmate_is_an_ended_tie(text: str, fact: tuple[str, str, str]) -> None:
    assert (*fact, True) in told(text) and fact not in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("阿杰在北京。", "livesIn"),  # there now, maybe on a trip
    ("阿杰还在北京吗？", "livesIn"),
    ("如果阿杰还在北京，我就去看他。", "livesIn"),
    ("我男朋友阿杰已经不在北京了。", "livesIn"),
    ("我男朋友还在公司。", "livesIn"),
    ("我还在路上呢。", "livesIn"),
    ("他还在北京出差。", "livesIn"),
    ("我姐姐不想嫁给王磊。", "partner"),
    ("我姐姐想嫁给王磊。", "partner"),
    ("我姐姐要嫁给王磊吗？", "partner"),
    ("如果我姐姐要嫁给王磊，我会很高兴。", "partner"),
    ("她说：“我要嫁给王磊？没门！”", "partner"),
    ("我妈教我钢琴。", "jobTitle"),
    ("我妈想教钢琴。", "jobTitle"),
    ("我妈教钢琴吗？", "jobTitle"),
    ("如果我妈教钢琴，她会很开心。", "jobTitle"),
    ("他以前的老板李总。", "boss"),
    ("我不是你以前的老板。", "boss"),
    ("我没开始跑步。", "hobby"),
    ("我打算开始跑步。", "hobby"),
    ("开始跑步前要热身。", "hobby"),
    ("我开始跑步了吗？", "hobby"),
    ("如果我开始跑步，我会瘦的。", "hobby"),
    ("我没在准备马拉松。", "goal"),
    ("你在准备马拉松吗？", "goal"),
    ("如果我在准备马拉松，我就不喝酒了。", "goal"),
    ("我在准备这个比赛。", "goal"),
    ("我哥没和他女朋友订婚。", "maritalStatus"),
    ("我哥和他女朋友订婚了吗？", "maritalStatus"),
    ("如果我哥和他女朋友订婚了，我妈会很高兴。", "maritalStatus"),
    ("我哥和他女朋友订婚的时候我在国外。", "maritalStatus"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    assert not any(p == predicate and not ended for _, p, _, ended in told(text)), told(text)


def test_a_subject_no_longer_taught_ends_the_job() -> None:
    assert ("安娜的妈", "jobTitle", "钢琴老师", True) in told("我妈不教钢琴了。"), told("我妈不教钢琴了。")


def test_a_relative_named_before_the_verb_keeps_the_name() -> None:
    assert ("安娜", "sibling", "李娜") in kept("我姐姐李娜住在上海。") \
        and ("李娜", "livesIn", "上海") in kept("我姐姐李娜住在上海。"), told("我姐姐李娜住在上海。")


@pytest.mark.parametrize("text", ["我和阿杰在一起三年了。", "我跟阿杰交往三年了。"])
def test_together_for_years_dates_the_partner(text: str) -> None:
    facts = RuleExtractor().extract([Turn("c", "1", "安娜", text, datetime(2024, 5, 1))])
    dated = [f for f in facts if f.predicate == "partner" and isinstance(f.object, Entity) and f.object.label == "阿杰"]
    assert dated and dated[0].valid_from is not None and dated[0].valid_from.year == 2021, facts


@pytest.mark.parametrize("text", ["我没和阿杰在一起三年。", "我和阿杰在一起三年了吗？", "如果我和阿杰在一起三年了，我们就结婚。",
                                  "我妹妹说：“我和阿杰在一起三年了？不可能。”"])
def test_together_look_alikes_give_no_partner_of_the_speaker(text: str) -> None:
    assert ("安娜", "partner", "阿杰") not in kept(text), told(text)


@pytest.mark.parametrize(("text", "name", "cut"), [
    ("我同事陈静明天结婚。", "陈静", "陈静明"),  # 明天, not a third character of the name
    ("我朋友王磊下周来北京。", "王磊", "王磊下"),
    ("我朋友张伟下个月去日本。", "张伟", "张伟下"),
])
def test_a_time_after_a_relatives_name_is_no_part_of_it(text: str, name: str, cut: str) -> None:
    objects = {o for _, _, o, *_ in told(text)}
    assert name in objects and cut not in objects, told(text)


def test_a_three_character_name_stays_whole() -> None:
    assert ("安娜", "friend", "王小明") in kept("我朋友王小明是医生。")
