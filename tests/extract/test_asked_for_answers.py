"""A name called to ask where someone else is, answered "here I am" ("志刚，大嫂呢？" - "在呢在呢！", "Ross, where's Mom?" -
"Right here, honey."): the one answering is the one asked for, not the one called (issue 13,
:mod:`kg_memory.extract.call_replies`). Invented scenes, in Chinese and English."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_the_one_asked_for_answers_in_chinese():
    lines = ((3, "二姐，你们那边下雪没？"), (2, "下了。志明，嫂子呢？"), (4, "在呢在呢，二妹，过年好！"), (2, "嫂子过年好！"))
    assert ("Speaker 4", "志明") not in names(*lines)


def test_the_one_asked_for_answers_in_english():
    lines = ((3, "Is everyone here?"), (1, "Almost. Danny, where's Grandma?"), (4, "Right here, sweetie!"), (1, "Oh good."))
    assert ("Speaker 4", "Danny") not in names(*lines)


def test_the_one_called_who_answers_still_bears_it():
    lines = ((3, "开饭了。"), (2, "小涛，你爸呢？"), (1, "在厨房包饺子呢。"), (2, "快叫他来。"))
    assert ("Speaker 1", "小涛") in names(*lines)
