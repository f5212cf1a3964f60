"""A pet's breed said after a comma is no name called (issue 13): "几岁了？" - "八岁，柯基。" gives the one who asked no
name 柯基 (柯 is a surname, and the word reads like a name set off at the end of a sentence)."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_breed_is_no_name():
    found = facts((1, "大夫，我家狗这两天不吃东西。"), (2, "抱上来我看看。几岁了？"), (1, "五岁，柯基。平时挺能吃的。"),
                  (2, "先量个体温。"))
    assert not any(p in ("alternateName", "name") and o == "柯基" for _, p, o in found)
