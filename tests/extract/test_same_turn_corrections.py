"""An age corrected in the same turn ("My son is 11. Sorry, he's 12 now.", 我女儿三岁，哦不，四岁了): the corrected value
only; two people's ages, or one age said once, stay as said."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "who", "wrong", "right"), [
    ("My son is 11. Sorry, he's 12 now.", "Ann's son", "11", "12"),
    ("My granddaughter is 6, no wait, she's 7.", "Ann's granddaughter", "6", "7"),
    ("我女儿3岁，哦不，4岁了。", "安娜的女儿", "3", "4"),
])
def test_the_corrected_age(text: str, who: str, wrong: str, right: str) -> None:
    facts = kept(text)
    assert (who, "age", right) in facts and (who, "age", wrong) not in facts, facts


@pytest.mark.parametrize(("text", "ages"), [
    ("My son is 11 and my daughter is 12.", {("Ann's son", "11"), ("Ann's daughter", "12")}),
    ("Sorry I'm late, my son is 11 and had a fever.", {("Ann's son", "11")}),
])
def test_ages_said_once_stay(text: str, ages: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, p, o in kept(text) if p == "age"} == ages
