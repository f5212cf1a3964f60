"""A pet newly had: 我们家新养了一只柯基, 我家刚养了一只猫, 我新养了一条狗 (新 before a verb is "newly"; 新疆 and 新房子
are words)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "pet"), [
    ("我们家新养了一只柯基。", "安娜的柯基"),
    ("我家刚养了一只猫", "安娜的猫"),
    ("我新养了一条狗", "安娜的狗"),
])
def test_a_pet_newly_had(line: str, pet: str) -> None:
    assert ("安娜", "hasPet", pet) in kept(line), kept(line)


def test_new_before_no_verb_is_part_of_the_word() -> None:
    assert ("安娜", "hometown", "新疆") in kept("我新疆人")
    assert not any(p == "hasPet" for _, p, _ in kept("我们家新房子很大"))
