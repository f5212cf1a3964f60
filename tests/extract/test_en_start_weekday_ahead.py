"""A job or a school one starts on a day of the week to come begins that day, not the one past: 'I start at Stripe on
Monday' said on a Wednesday is the Monday after."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def dated(text: str, predicate: str) -> dict[str, tuple[date | None, object]]:
    turn = Turn("c", "0", "Ann", text, datetime(2026, 5, 6))  # a Wednesday
    return {f.object.label: (f.occurred_at, f.valid_from) for f in RuleExtractor().extract([turn])
            if f.predicate == predicate and isinstance(f.object, Entity)}


@pytest.mark.parametrize(("text", "predicate", "org", "when"), [
    ("I start at Canva on Monday!", "worksFor", "Canva", date(2026, 5, 11)),
    ("yay I'm starting at Hulu this Friday", "worksFor", "Hulu", date(2026, 5, 8)),
    ("I'm starting my master's at Emory on Wednesday", "studiesAt", "Emory", date(2026, 5, 13)),
])
def test_the_day_to_come(text: str, predicate: str, org: str, when: date) -> None:
    found = dated(text, predicate)
    assert found.get(org, (None, None))[0] == when, found


def test_a_start_made_is_the_day_past() -> None:
    found = dated("I started at Canva on Monday", "worksFor")
    assert found["Canva"][0] == date(2026, 5, 4), found
