"""A Chinese address with a building number: 我住在幸福小区7号楼 is 幸福小区7号楼 (the number kept with the compound it
belongs to); a building alone (我住在七号楼三单元, 5号楼, 3栋2单元) and a floor (三楼) say which block or floor, no place
(a home 5号楼 would join everyone who lives in some building 5)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


def test_a_building_of_a_named_compound_is_kept_whole() -> None:
    assert ("安娜", "livesIn", "幸福小区7号楼") in kept("我住在幸福小区7号楼。")


@pytest.mark.parametrize("text", ["我住在七号楼三单元。", "我住在5号楼。", "我现在住在3栋2单元。", "我住在三楼。"])
def test_a_building_or_a_floor_alone_is_no_home(text: str) -> None:
    assert not any(p == "livesIn" for _, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [("我在一家银行上班。", ("安娜", "worksFor", "银行"))])
def test_a_counted_noun_still_drops_its_count(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text)
