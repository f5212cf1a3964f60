"""What users say of a new tie and a job taken, English and Chinese: someone new (我的新老板是一个叫王强的律师,
我新室友在腾讯上班: the boss and the roommate, as 我的老板 is), a job become (我去年成为了医生, "I became a nurse in
2019"), a job held where one interns (我在一家银行当实习生: an intern, not only the bank); and what is said only of a
way or a sound: "drove on the highway" visits no place, 我家狗叫声很大 names no dog 声很大 (the dog barks).
Each with look-alikes that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("我的新老板是一个叫王强的律师。", ("安娜", "boss", "王强")),
    ("我新同事叫刘洋。", ("安娜", "colleague", "刘洋")),
    ("我的新男朋友叫陈浩。", ("安娜", "partner", "陈浩")),
    ("我新室友在腾讯上班。", ("安娜的室友", "worksFor", "腾讯")),
    ("我的新邻居住在楼上，是个医生。", ("安娜", "neighbor", "安娜的邻居")),
    ("我去年成为了医生。", ("安娜", "jobTitle", "医生")),
    ("我哥成了一名警察。", ("安娜的哥", "jobTitle", "警察")),
    ("我在一家银行当实习生。", ("安娜", "jobTitle", "实习生")),
    ("我在一家银行当实习生。", ("安娜", "worksFor", "银行")),
    ("I became a paramedic in 2021.", ("Ann", "jobTitle", "paramedic")),
    ("My sister just became a pharmacist.", ("Ann's sister", "jobTitle", "pharmacist")),
    ("I've become a manager at work.", ("Ann", "jobTitle", "manager")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("我成了大家的笑话。", "jobTitle"),
    ("我不想成为医生。", "jobTitle"),
    ("如果我成为了医生，我爸会很高兴。", "jobTitle"),
    ("你成为医生了吗？", "jobTitle"),
    ("我在银行实习过。", "jobTitle"),
    ("我家狗叫声很大。", "hasPet"),
    ("我家猫叫得可好听了。", "hasPet"),
    ("我的狗叫了一晚上。", "hasPet"),
    ("I became a mom last year.", "jobTitle"),
    ("I became a better person.", "jobTitle"),
    ("I never became a doctor.", "jobTitle"),
    ("If I became a nurse, I'd move.", "jobTitle"),
    ("I drove on the highway for three hours.", "visited"),
    ("We biked on the bike path.", "visited"),
    ("I was on the train when you called.", "visited"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    wrong = {o for _, p, o, ended in facts if p == predicate and not ended}
    assert not (wrong - {"安娜的狗", "安娜的猫"}), facts  # a barking dog is still a dog had: no name


def test_a_barking_dog_is_the_speakers_dog_with_no_name() -> None:
    assert ("安娜", "hasPet", "安娜的狗") in kept("我家狗叫声很大。"), told("我家狗叫声很大。")


@pytest.mark.parametrize(("text", "place"), [
    ("We drove on Route 66 last summer.", "Route 66"),
    ("I went on a cruise to Alaska.", "Alaska"),
])
def test_a_place_named_after_on_is_still_visited(text: str, place: str) -> None:
    assert ("Ann", "visited", place) in kept(text), told(text)
