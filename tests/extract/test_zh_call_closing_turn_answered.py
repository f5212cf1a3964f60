"""先量个体温。小官，把体温计拿来。 - 好的郑大夫。: a call opening the last sentence of a turn is said to the one who
answers next; their answer names the caller back, with a comma or glued to the yes (好的郑大夫). 小官 (官 a surname)
is a familiar call, as 小王 is."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("answer", ["好的郑大夫。叔叔，您坐这边。", "好的，郑大夫。"])
def test_the_answer_names_the_caller(answer: str) -> None:
    got = facts((1, "我爸这两天一直咳嗽。"), (2, "先量个体温。小官，把体温计拿来。"), (3, answer),
                (1, "郑大夫，他要不要拍个片子？"), (2, "先看看体温再说。"))
    assert ("Speaker 2", "alternateName", "郑大夫") in got, got
    assert ("Speaker 3", "alternateName", "小官") in got, got


def test_a_call_answered_by_no_name_names_no_caller() -> None:
    got = facts((1, "我爸这两天一直咳嗽。"), (2, "先量个体温。小官，把体温计拿来。"), (3, "好的，马上。"),
                (1, "谢谢您。"))
    assert not any(s == "Speaker 2" and p == "alternateName" for s, p, _ in got), got
