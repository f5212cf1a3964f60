"""我室友明明也在帮我: a doubled word that is an adverb (明明 "clearly", 偏偏 "of all things"), said right after a
relative's word with the clause going on, is no name of the relative; a doubled pet name (乐乐) and a name (小雨)
said there still are."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["我室友明明也在宿舍帮我背台词。", "我的同事偏偏这周请假了。", "我舍友明明是好心，你别怪她。"])
def test_an_adverb_names_no_relative(line: str) -> None:
    got = facts((1, "你那边怎么样？"), (2, line))
    assert not any(o in ("明明", "偏偏") for _, _, o in got), got


@pytest.mark.parametrize(("line", "predicate", "name"), [("我儿子乐乐也在上小学。", "child", "乐乐"),
                                                         ("我室友小雨也在帮我。", "roommate", "小雨")])
def test_a_name_after_the_relative_stays(line: str, predicate: str, name: str) -> None:
    assert ("Speaker 2", predicate, name) in facts((1, "你那边怎么样？"), (2, line))
