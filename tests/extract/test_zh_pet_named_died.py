"""A pet named beside its death (我家的狗豆豆去年死了, 我的猫球球上个月走丢了) is had no more, by its name; an adverb
there (我的狗突然死了) names no pet, and a pet near death (快死了, 差点死了) is still had."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import after, kept, told


@pytest.mark.parametrize(("line", "pet"), [
    ("我家的狗豆豆去年死了。", "豆豆"),
    ("我的猫球球上个月走丢了", "球球"),
    ("我家狗狗旺财去世了。", "旺财"),
    ("我的狗Lucky前年死了", "Lucky"),
])
def test_a_pet_named_beside_its_death_is_had_no_more(line: str, pet: str) -> None:
    assert ("安娜", "hasPet", pet, True) in told(line), told(line)
    assert not any(p == "hasPet" for _, p, _ in kept(line)), kept(line)


def test_the_pet_told_before_closes() -> None:
    now, closed = after("我家有一只狗叫豆豆。", "我家的狗豆豆去年死了。", "hasPet", "安娜")
    assert now == set() and closed == {"豆豆"}


@pytest.mark.parametrize("line", ["我的狗突然死了。", "我的猫终于死了"])
def test_an_adverb_before_the_death_names_no_pet(line: str) -> None:
    assert {(p, o) for _, p, o, ended in told(line) if ended} == {("hasPet", f"安娜的{line[2]}")}, told(line)


@pytest.mark.parametrize("line", ["我的狗快死了。", "我的狗差点死了"])
def test_a_pet_near_death_is_still_had(line: str) -> None:
    assert not any(ended for *_, ended in told(line)), told(line)
