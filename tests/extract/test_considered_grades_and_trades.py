"""What users tell of plans thought over, a child's grade, an illness and a trade, English and Chinese: "I'm thinking
about getting a tattoo", "we're considering buying a house" (goals, as "I want to"), 我在考虑养一只狗, 我想买一辆车
(goals; not 我想买一杯咖啡, of the moment); "my son Theo is in second grade at Maple Elementary" (the school, no home
"second grade"); 查出了二型糖尿病 (the illness); 我们去年圣诞节在巴黎订婚了 (engaged); 修车师傅 (a job). Each with
look-alikes that must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("I've been thinking about getting a tattoo.", ("Ann", "goal", "get a tattoo")),
    ("We're considering buying a house.", ("Ann", "goal", "buy a house")),
    ("I'm thinking of going back to school.", ("Ann", "goal", "go back to school")),
    ("My daughter Ava is in fourth grade at Lincoln Elementary.", ("Ava", "studiesAt", "Lincoln Elementary")),
    ("My son is in kindergarten.", ("Ann's son", "studiesAt", "kindergarten")),
    ("我在考虑养一只狗，可能是柯基。", ("安娜", "goal", "养一只狗")),
    ("我想买一辆车。", ("安娜", "goal", "买一辆车")),
    ("我打算领养一只猫。", ("安娜", "goal", "领养一只猫")),
    ("我两年前查出了二型糖尿病。", ("安娜", "trait", "糖尿病")),
    ("我们去年圣诞节在巴黎订婚了！", ("安娜", "maritalStatus", "engaged")),
    ("我在民政局离婚了。", ("安娜", "maritalStatus", "divorced")),
    ("我爸当了三十年的修车师傅。", ("安娜的爸", "jobTitle", "修车师傅")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("I'm not thinking about buying a house.", "goal"),
    ("Are you thinking about getting a dog?", "goal"),
    ("I was thinking about getting pizza tonight.", "goal"),
    ("It made me feel as bad as I did in fifth grade.", "studiesAt"),
    ("My son Theo is in second grade.", "livesIn"),
    ("我想买一杯咖啡。", "goal"),
    ("我不想养狗。", "goal"),
    ("我想养一只狗吗？", "goal"),
    ("我们没在巴黎订婚。", "maritalStatus"),
    ("他是我师傅。", "jobTitle"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    assert not any(p == predicate and not ended for _, p, _, ended in facts), facts
