"""What users type casually and how they tell a name given, English and Chinese: the "I" left out after a comma or at
the start ("im 27, work in marketing", "I'm retired now, used to be a pilot for Delta", "been vegan for 3 years now",
"training for the Boston marathon", "went to Kyoto with my mom"), the trade one works in ("I work in marketing": no
employer named, the trade, as PersonaExt reads it; "in marketing at a bank": the bank), a job at an employer of a kind
(我是福州一所高中的数学老师: the job, the school, the town), and a name given (我们给女儿取名叫依依, 我给狗起了个名字叫旺财).
Each with look-alikes that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("im 31, work in sales, and i have two cats", ("Ann", "worksFor", "sales")),
    ("I work in advertising.", ("Ann", "worksFor", "advertising")),
    ("I work in marketing at a law firm.", ("Ann", "worksFor", "law firm")),
    ("been vegan since 2019 lol", ("Ann", "diet", "vegan")),
    ("been married since 2015", ("Ann", "maritalStatus", "married")),
    ("used to live in Boston.", ("Ann", "livesIn", "Boston")),
    ("training for the Boston marathon this spring", ("Ann", "goal", "take part in Boston marathon")),
    ("been volunteering at the food pantry on Saturdays", ("Ann", "memberOf", "food pantry")),
    ("volunteering with the Red Cross these days", ("Ann", "memberOf", "Red Cross")),
    ("went to Kyoto with my mom last spring, so pretty", ("Ann", "visited", "Kyoto")),
    ("I got promoted!! lead engineer now", ("Ann", "jobTitle", "lead engineer")),  # the new job said alone
    ("我是厦门一所小学的英语老师。", ("安娜", "jobTitle", "英语老师")),
    ("我是厦门一所小学的英语老师。", ("安娜", "worksFor", "小学")),
    ("我是厦门一所小学的英语老师。", ("安娜", "workLocation", "厦门")),
    ("我们给儿子取名叫乐乐。", ("安娜", "child", "乐乐")),
    ("我给猫起了个名字叫年糕。", ("安娜", "hasPet", "年糕")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    subject, predicates, obj = fact
    facts = told(text)
    assert any(s == subject and p in predicates.split("|") and o == obj for s, p, o, _ in facts), facts


def test_a_job_held_before_typed_without_i_is_ended() -> None:
    facts = told("I'm retired now, used to be a pilot for Delta.")
    assert ("Ann", "jobTitle", "pilot", True) in facts and ("Ann", "jobTitle", "pilot") not in kept(
        "I'm retired now, used to be a pilot for Delta."), facts


@pytest.mark.parametrize(("text", "predicate"), [
    ("I got promoted!! Good times now", "jobTitle"),
    ("I only work in the studio.", "worksFor"),
    ("Been there, done that.", "visited"),
    ("My sister used to live in Boston, and now lives in Austin.", "livesIn"),  # the sister's, not Ann's
    ("我想给女儿取名叫依依。", "child"),
    ("你给女儿取名叫什么？", "child"),
    ("我是小王的老师。", "worksFor"),
    ("Volunteering at the shelter made me feel useful.", "memberOf"),  # the gerund is the subject
    ("Training for a marathon takes months.", "goal"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    assert not any(p == predicate and not ended for s, p, _, ended in facts if s in ("Ann", "安娜")), facts
