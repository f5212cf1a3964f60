""""Who is Lee's sister?" puts a sibling told as a sister before one told as a brother (the vocabulary has one
``sibling``; the words the speaker used tell which): "My brother Tom ...", "Rosa is my sister", 我哥哥叫大伟。我妹妹叫小红。
Before, every sibling came in the order of confidence and recency, the brother often first."""

from __future__ import annotations

import pytest

from tests.recalled import facts_recalled as _first

FAMILY = [("Lee", "My brother Tom just started at Siemens."),
          ("Lee", "My sister Ana lives in Dublin and works at Intel."),
          ("Lee", "我哥哥叫大伟。我妹妹叫小红。"),
          ("Lee", "Rosa is my sister, and Max is my brother.")]


@pytest.mark.parametrize(("question", "first"), [
    ("Who is Lee's sister?", {"Lee sibling Ana", "Lee sibling Rosa", "Lee sibling 小红"}),
    ("Who is Lee's brother?", {"Lee sibling Tom", "Lee sibling Max", "Lee sibling 大伟"}),
    ("Lee的妹妹是谁？", {"Lee sibling Ana", "Lee sibling Rosa", "Lee sibling 小红"}),
    ("Lee的哥哥是谁？", {"Lee sibling Tom", "Lee sibling Max", "Lee sibling 大伟"}),
])
def test_the_siblings_told_with_the_asked_word_come_first(question: str, first: set[str]) -> None:
    assert set(_first(FAMILY, question, 3)) == first


@pytest.mark.parametrize(("question", "answer"), [
    ("Where does Lee's sister work?", "Ana worksFor Intel"),
    ("Where does Lee's brother work?", "Tom worksFor Siemens"),
])
def test_the_next_hop_follows_the_sibling_of_the_asked_gender(question: str, answer: str) -> None:
    assert _first(FAMILY, question, 1) == [answer]


def test_a_question_without_a_gendered_word_keeps_every_sibling() -> None:
    assert len(set(_first(FAMILY, "Who are Lee's siblings?", 6))) == 6


def test_the_word_of_a_fact_read_backwards_is_the_asked_person_s() -> None:
    # Bea's "my brother Lee" says Lee is a brother; Bea is still Lee's sister, Tom is not
    lines = [("Bea", "My brother Lee is visiting."), ("Lee", "My brother Tom lives in Rome.")]
    assert _first(lines, "Who is Lee's sister?", 1) == ["Bea sibling Lee"]
