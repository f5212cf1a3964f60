"""Years worked somewhere said with 干 are work there, as with 工作 and 当: 我在邮局干了二十五年 (worksFor 邮局), 我姐在银行干了十年柜员
(the job and the bank); 在家干了一天活 is no work for anyone."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "who", "employer", "job"), [
    ("我在邮局干了二十五年，去年退休了。", "安娜", "邮局", None),
    ("我在税务局干了三年多了。", "安娜", "税务局", None),
    ("我姐在银行干了十年柜员。", "安娜的姐", "银行", "柜员"),
    ("我舅舅在希尔顿酒店干了八年厨师。", "安娜的舅舅", "希尔顿酒店", "厨师"),
])
def test_years_worked_with_gan(said: str, who: str | None, employer: str, job: str | None) -> None:
    found = kept(said)
    assert any(p in ("worksFor", "workLocation") and o == employer and (who is None or s == who) for s, p, o in found), found
    if job:
        assert any(p == "jobTitle" and o == job for _, p, o in found), found


@pytest.mark.parametrize("said", ["我在家干了一天活。", "我在厨房干活呢。"])
def test_chores_are_no_work_for_anyone(said: str) -> None:
    assert not any(p == "worksFor" for _, p, _ in kept(said)), kept(said)
