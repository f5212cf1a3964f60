"""Chinese: what one usually does at home, with how often said before the subject (周末我一般在家追剧: 追剧, a habit; 平时我
在家看书), and an exam prepared for (我在考驾照, 正在备考雅思: a goal). Each with look-alikes that must give nothing of
the kind: done once (我昨天在家追剧), an exam sat now (我在考试), one denied.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("周末我一般在家追剧。", ("安娜", "habit", "追剧")),
    ("我平时在家看书。", ("安娜", "habit", "看书")),
    ("平时我刷抖音比较多。", ("安娜", "habit", "刷抖音比较多")),
    ("我在考驾照，下周科目二。", ("安娜", "goal", "考驾照")),
    ("我正在备考雅思。", ("安娜", "goal", "考雅思")),
])
def test_a_fact_told_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), told(text)


@pytest.mark.parametrize(("text", "predicate"), [
    ("我昨天在家追剧。", "habit"),
    ("我在家看书。", "habit"),
    ("我在考试。", "goal"),
    ("我没在考驾照。", "goal"),
    ("你在考驾照吗？", "goal"),
])
def test_a_look_alike_gives_no_such_fact(text: str, predicate: str) -> None:
    facts = told(text)
    assert not any(p == predicate and not ended for _, p, _, ended in facts), facts
