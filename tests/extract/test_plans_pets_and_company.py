"""What users tell of plans, pets, company and papers, English and Chinese: a trip planned to a named place is a goal
to go there ("we're planning a trip to Portugal in October", "I have a business trip to Denver next week": not an
owned "business trip"), a job taken at an unnamed employer ("a job as a line cook at a diner": the diner), a pet
adopted and named (我们去年领养了一只流浪猫，叫橘子: the cat, not the speaker's name), whom one goes with, named
(每个周末我都和邻居老张去钓鱼: the neighbour 老张, and the pastime 钓鱼, not "和邻居老张去钓鱼"), a design trade
(做美术设计) and a nationality taken (入了美国籍). Each with look-alikes that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("We're planning a trip to Portugal in October.", ("Ann", "goal", "go to Portugal")),
    ("I booked a vacation to Cancun!", ("Ann", "goal", "go to Cancun")),
    ("I'm taking a vacation to Maui next week.", ("Ann", "goal", "go to Maui")),
    ("I have a business trip to Denver next week.", ("Ann", "goal", "go to Denver")),
    ("I got a job as a barista at a cafe in Austin.", ("Ann", "worksFor", "cafe")),
    ("I got a job as a barista at a cafe in Austin.", ("Ann", "workLocation", "Austin")),
    ("我们去年领养了一只流浪猫，叫橘子。", ("安娜", "hasPet", "橘子")),
    ("我前几天捡了一只猫，叫小黑。", ("安娜", "hasPet", "小黑")),
    ("每个周末我都和邻居老张去钓鱼。", ("安娜", "neighbor", "老张")),
    ("每个周末我都和邻居老张去钓鱼。", ("安娜", "habit", "钓鱼")),
    ("我经常和同事小王去打球。", ("安娜", "habit", "打球")),
    ("我经常和同事小王去打球。", ("安娜", "colleague", "小王")),
    ("每天晚上我都会跑步。", ("安娜", "habit", "跑步")),
    ("我在杭州一家游戏公司做美术设计。", ("安娜", "jobTitle", "美术设计")),
    ("我是在肯尼亚出生的，后来入了美国籍。", ("安娜", "nationality", "美国")),
    ("我拿到了加拿大国籍。", ("安娜", "nationality", "加拿大")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("We're not planning a trip to Paris.", "goal"),
    ("Are you planning a trip to Japan?", "goal"),
    ("If we plan a trip to Spain, I'll learn Spanish.", "goal"),
    ("We took a trip to Rome last year.", "goal"),
    ("I have a business trip to Denver next week.", "owns"),
    ("我想领养一只猫，叫它咪咪。", "hasPet"),
    ("我们去年领养了一只流浪猫，叫橘子。", "name"),
    ("每天我都要有新尝试。", "habit"),
    ("我经常和同事小王去打球。", "hobby"),
    ("我没有美国国籍。", "nationality"),
    ("我有一个学籍。", "nationality"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    assert not any(p == predicate and not ended for s, p, _, ended in facts if s in ("Ann", "安娜")), facts


def test_a_companions_words_are_no_part_of_the_pastime() -> None:
    habits = {o for s, p, o in kept("我经常和同事小王去打球。") if p == "habit"}
    assert habits == {"打球"}, habits
