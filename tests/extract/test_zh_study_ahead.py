"""A school one goes to study at is one's school, in Chinese as in English ("starting my master's at Michigan"):
我九月去浙大读研, 我明年去复旦大学读博; a university's short name is a school (我妹考上川大了: 川大; not 长大); a wish or a plan
(我想去北大读研, 我打算去北大读研) is no school yet."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "who", "school"), [
    ("我九月去川大读研。", "安娜", "川大"), ("我明年去武汉大学读博。", "安娜", "武汉大学"),
    ("我下个月就要去厦大读研了！", "安娜", "厦大"), ("我妹考上川大了！", "安娜的妹", "川大"),
])
def test_a_school_to_study_at(said: str, who: str, school: str) -> None:
    assert (who, "studiesAt", school) in kept(said), kept(said)


@pytest.mark.parametrize("said", ["我想去川大读研。", "我打算去武汉大学读博。", "我儿子长大了。", "我弟考上了老大。"])
def test_no_school(said: str) -> None:
    assert not any(p == "studiesAt" for _, p, _ in kept(said)), kept(said)
