"""A start to come at a company, said with words around it: a month or a season ("I start at Stripe this October"),
a word of feeling after ("I start at Deloitte next week, finally"), news said before ("Big news, ...")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def works_for(text: str) -> dict[str, date | None]:
    turn = Turn("c", "0", "Ann", text, datetime(2026, 5, 6))
    return {f.object.label: f.occurred_at for f in RuleExtractor().extract([turn])
            if f.predicate == "worksFor" and isinstance(f.object, Entity) and not f.ended}


@pytest.mark.parametrize(("text", "org", "when"), [
    ("ok so I start at Figma next week, finally!", "Figma", date(2026, 5, 11)),
    ("Guess what, I start at Shopify this September", "Shopify", date(2026, 9, 1)),
    ("i start at Etsy in march lol", "Etsy", date(2027, 3, 1)),
    ("Huge news: I'm starting at Pfizer in July, so excited", "Pfizer", date(2026, 7, 1)),
    ("I start at a law firm in the fall, so nervous", "law firm", date(2026, 9, 1)),  # a season: its first month
    ("I start at Deloitte next spring", "Deloitte", date(2027, 3, 1)),  # said in May, in spring: the next one
    ("I'm starting at Etsy this spring", "Etsy", date(2026, 5, 6)),  # said in spring: now
])
def test_the_employer_to_come(text: str, org: str, when: date) -> None:
    found = works_for(text)
    assert found.get(org) == when, found


def test_a_month_is_no_town_of_the_employer() -> None:
    facts = RuleExtractor().extract([Turn("c", "0", "Ann", "I'm starting at Figma in June", datetime(2026, 5, 6))])
    assert not any(f.predicate == "workLocation" for f in facts), facts


@pytest.mark.parametrize("text", ["I start at Figma next week and then we'll see, finally a change",
                                  "we start at Union Station tomorrow, so excited"])
def test_no_employer_of_other_talk(text: str) -> None:
    assert not works_for(text)
