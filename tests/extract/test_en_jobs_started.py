"""A job one starts is the employer from then: "I'm starting at Amazon next week", "I start at Pixar tomorrow" (the
fact dated when the job starts); not "I'm starting at 9", "at the bottom"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _when(text: str) -> set[tuple[str, str, date | None]]:
    said = datetime(2026, 3, 4)  # a Wednesday
    return {(f.predicate, getattr(f.object, "label", str(f.object)), f.occurred_at)
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text, said)])}


@pytest.mark.parametrize(("line", "fact"), [
    ("I'm starting at Amazon next week.", ("worksFor", "Amazon", date(2026, 3, 9))),
    ("I start at Pixar tomorrow.", ("worksFor", "Pixar", date(2026, 3, 5))),
    ("I'm starting at a law firm in Denver next month.", ("worksFor", "law firm", date(2026, 4, 1))),
    ("My wife is starting at Google next month.", ("worksFor", "Google", date(2026, 4, 1))),
    ("I'm starting at Spotify soon.", ("worksFor", "Spotify", None)),
])
def test_a_job_one_starts_is_the_employer_from_then(line: str, fact: tuple[str, str, date | None]) -> None:
    assert fact in _when(line), _when(line)


@pytest.mark.parametrize("line", ["I'm starting at 9.", "I'm starting at the bottom.", "I'm not starting at Amazon.",
                                  "We're starting at Central Park."])
def test_other_starts_give_no_employer(line: str) -> None:
    assert not any(p == "worksFor" for p, _, _ in _when(line)), _when(line)
