"""A job or a school one starts in a month to come begins then, not in that month gone by: "I'm starting at Shopify in
July" said in March is July this year, said in September July next year; one started ("I started at Shopify in July")
is the month past."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _when(text: str, said: datetime) -> set[tuple[str, str, date | None]]:
    return {(f.predicate, getattr(f.object, "label", str(f.object)), f.occurred_at)
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text, said)])}


@pytest.mark.parametrize(("line", "said", "fact"), [
    ("I'm starting at Shopify in July!", datetime(2026, 3, 4), ("worksFor", "Shopify", date(2026, 7, 1))),
    ("I start at Deloitte in October.", datetime(2026, 9, 20), ("worksFor", "Deloitte", date(2026, 10, 1))),
    ("My husband is starting at Kaiser in February.", datetime(2026, 9, 20), ("worksFor", "Kaiser", date(2027, 2, 1))),
    ("I'm starting my PhD at Cornell in August.", datetime(2026, 4, 2), ("studiesAt", "Cornell", date(2026, 8, 1))),
    ("I started at Shopify in July.", datetime(2026, 9, 1), ("worksFor", "Shopify", date(2026, 7, 1))),
])
def test_a_start_in_a_month_to_come(line: str, said: datetime, fact: tuple[str, str, date | None]) -> None:
    assert fact in _when(line, said), _when(line, said)
