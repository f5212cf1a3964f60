"""A job one 当上 (got to be) or 升为 (was promoted to) at a time is held since then, not ended then: 我去年当上了护士长
is the job now, since last year (我去年当老师 said alone is a job held then)."""

from __future__ import annotations

from datetime import date, datetime

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _job(text: str) -> list[tuple[str, object, object]]:
    return [(str(f.object), f.valid_from and f.valid_from.date(), f.valid_to and f.valid_to.date())
            for f in RuleExtractor().extract([Turn("c", "1", "安娜", text, datetime(2026, 5, 1))]) if f.predicate == "jobTitle"]


def test_a_job_got_to_last_year_holds_since_then() -> None:
    assert _job("我去年当上了护士长") == [("护士长", date(2025, 1, 1), None)]
    assert _job("我姐姐前年升为了经理。") == [("经理", date(2024, 1, 1), None)]


def test_a_job_held_last_year_ended_then() -> None:
    assert _job("我去年当老师") == [("老师", date(2025, 1, 1), date(2026, 1, 1))]
