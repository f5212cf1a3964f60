"""A Chinese address that begins with a number keeps it: 我住在七号楼三单元 is 七号楼三单元, not 楼三单元 (helper 211's scenes)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "home"), [("我住在七号楼三单元。", "七号楼三单元"), ("我住在5号楼。", "5号楼"),
                                            ("我现在住在3栋2单元。", "3栋2单元")])
def test_a_numbered_building_is_the_whole_address(text: str, home: str) -> None:
    assert ("安娜", "livesIn", home) in kept(text), kept(text)


@pytest.mark.parametrize(("text", "fact"), [("我在一家公司上班。", ("安娜", "worksFor", "公司"))])
def test_a_counted_noun_still_drops_its_count(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text)


def test_a_floor_is_still_no_home() -> None:
    assert not any(p == "livesIn" for _, p, _ in kept("我住在三楼。"))
