"""A pet named right after its kind, no comma nor 叫 between: 我家狗巴克特别乖, 我养的猫咪咪最近胖了 name the pet; what
follows the kind that is no name (我的猫今天生病了, 我家狗零食吃多了, 我家狗狗特别乖) names none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("line", "pet"), [
    ("我家狗巴克特别乖", "巴克"),
    ("我养的猫咪咪最近胖了", "咪咪"),
    ("我家的狗旺财今年三岁了。", "旺财"),
    ("我的兔子豆豆每天都要吃胡萝卜", "豆豆"),
    ("我家猫小白一直很黏人", "小白"),
])
def test_a_name_right_after_the_kind_names_the_pet(line: str, pet: str) -> None:
    assert ("安娜", "hasPet", pet) in kept(line), kept(line)


@pytest.mark.parametrize("line", [
    "我的猫今天生病了",
    "我家狗零食吃多了",
    "我家狗狗特别乖",
    "我家猫咪也是",
    "我家狗天天叫",
    "我的鸟笼子在阳台",
    "我的马克杯很好看",
    "我家马路对面很吵",
])
def test_what_follows_the_kind_that_is_no_name_names_no_pet(line: str) -> None:
    named = {o for _, p, o in kept(line) if p == "hasPet" and not o.startswith("安娜的")}
    assert not named, named


def test_a_pet_so_named_that_died_is_had_no_more() -> None:
    assert ("安娜", "hasPet", "球球", True) in told("我家的猫球球上个月死了。")
    assert not any(p == "hasPet" for _, p, _ in kept("我家的猫球球上个月死了。"))
