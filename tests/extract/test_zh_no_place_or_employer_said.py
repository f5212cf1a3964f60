"""What is no place or employer, though said where one is: a bare kind of employer (我跟小周在一个单位上班, 在一家公司
工作: which is unsaid), a building of a compound (七栋。 after 你住哪栋？, 我住在3号楼), a village pointed at (住在对面那个
村里); an answer that goes on with a clause (木棉家装干了三年了。 after 你在哪儿上班？) gives the firm, not the clause."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["我跟小周在一个单位上班。", "我在一家公司上班。", "我们俩在同一家公司工作。"])
def test_a_bare_kind_of_employer_is_none(line: str) -> None:
    got = facts((1, "你们认识多久了？"), (2, line))
    assert not any(p == "worksFor" for _, p, _ in got), got


def test_a_kind_with_its_name_or_its_trade_stays() -> None:
    got = facts((1, "你在哪上班？"), (2, "我在一家律所上班，之前在腾讯上班。"))
    assert ("Speaker 2", "worksFor", "律所") in got, got


@pytest.mark.parametrize(("question", "line"), [("你住哪栋？", "七栋。"), ("你住哪儿？", "我住在3号楼。"),
                                                ("你住哪儿？", "我住在对面那个村里。")])
def test_a_building_or_a_village_pointed_at_is_no_home(question: str, line: str) -> None:
    got = facts((1, question), (2, line))
    assert not any(p == "livesIn" for _, p, _ in got), got


def test_a_home_named_stays() -> None:
    assert ("Speaker 2", "livesIn", "望京小区") in facts((1, "你住哪儿？"), (2, "我住在对面的望京小区。"))


def test_an_answer_that_goes_on_gives_the_firm() -> None:
    got = facts((1, "你在哪儿上班？"), (2, "木棉家装干了三年多了。"))
    assert [o for _, p, o in got if p == "worksFor"] == ["木棉家装"], got
