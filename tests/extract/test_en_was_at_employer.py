"""An employer told as where one was, with how long: "I was at Google for five years", "my dad was at Ford for 30
years", "I was at Accenture until 2019", "I was at IBM from 2010 to 2016" - a job held before (a closed fact, or one
held in that period), not a visit; "I was at the Louvre yesterday", "at Disneyland for a week", "at Yale University for
four years" and "at Fort Hood for 3 years" are no job."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, held now)."""
    turn = Turn("c", "0", "Ann", text, datetime(2026, 5, 1))
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object),
             not f.ended and f.valid_to is None) for f in RuleExtractor().extract([turn])}


@pytest.mark.parametrize(("text", "who", "employer"), [
    ("I was at Microsoft for 8 years before this job", "Ann", "Microsoft"),
    ("my dad was at Boeing for 30 years", "Ann's dad", "Boeing"),
    ("I was at Accenture until 2019", "Ann", "Accenture"),
    ("I was at Salesforce from 2012 to 2016, then I went freelance", "Ann", "Salesforce"),
])
def test_a_job_held_before(text: str, who: str, employer: str) -> None:
    found = facts(text)
    assert (who, "worksFor", employer, False) in found, found
    assert not any(p == "visited" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", ["I was at the Louvre yesterday", "I was at Disneyland for a week",
                                  "I was at Yale University for four years", "we were at Fort Hood for 3 years",
                                  "I wasn't at Google for long"])
def test_no_job(text: str) -> None:
    found = facts(text)
    assert not any(p == "worksFor" for _, p, _, _ in found), found
