"""我养了一只猫，名字叫米米。 - 真可爱。: a name told (名字叫, 名字是) asks nobody's name, so the praise said after it (真可爱,
好可爱啊, 太棒了, 真好看) is no name of the one praising; "名字？" and "名字呢？" still ask for it."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, names


@pytest.mark.parametrize("told", ["我家新养了一只小狗，名字叫团团。", "我女儿的小仓鼠，名字是豆包。"])
@pytest.mark.parametrize("praise", ["真可爱。", "好可爱啊！", "太棒了！", "真好看。", "好听！"])
def test_praise_after_a_name_told_names_nobody(told: str, praise: str) -> None:
    got = facts((2, told), (1, praise))
    assert not any(s == "Speaker 1" and p in ("name", "alternateName") for s, p, o in got), got


def test_a_name_asked_is_still_answered() -> None:
    assert ("Speaker 2", "梁子涵") in names((1, "请登记一下。名字？"), (2, "梁子涵。"), (1, "好的，梁子涵，请进。"))
