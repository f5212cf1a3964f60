"""A relative told of by a pronoun that a question brought up is tied to their owner: "How's your wife?" - "She just
started at a law firm." stores that the one replying has a wife, not only the wife's job. Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str, speakers: tuple[str, str] = ("Ann", "Bob")) -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), speakers[i % 2], t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("texts", "tie", "told"), [
    (("How's your husband doing?", "He just started at a bank."), ("Bob", "spouse", "Bob's husband"),
     ("Bob's husband", "worksFor", "bank")),
    (("any ideas for my mom's birthday? she loves gardening",), ("Ann", "parent", "Ann's mom"),
     ("Ann's mom", "likes", "gardening")),
    (("你老婆还在上海吗？", "对，她在一家医院当护士。"), ("贝贝", "spouse", "贝贝的老婆"), ("贝贝的老婆", "jobTitle", "护士")),
])
def test_a_relative_told_of_is_tied_to_their_owner(texts: tuple[str, ...], tie: tuple[str, str, str],
                                                   told: tuple[str, str, str]) -> None:
    speakers = ("安娜", "贝贝") if texts[0][0] >= "\u4e00" else ("Ann", "Bob")
    found = facts(*texts, speakers=speakers)
    assert {tie, told} <= found, found


def test_a_relative_with_a_tie_already_gets_no_second_one() -> None:
    found = facts("My sister is a nurse.")
    assert [f for f in found if f[2] == "Ann's sister"] == [("Ann", "sibling", "Ann's sister")], found


def test_a_name_given_in_the_reply_is_the_relative() -> None:
    found = facts("这是你的儿子吗？", "是的，他叫乐乐。", speakers=("安娜", "贝贝"))
    assert ("贝贝", "child", "乐乐") in found, found
