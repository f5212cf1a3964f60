"""A marital status told in shapes the copula and the marriage verbs left unread: "i just became engaged", "became a
widower last fall", "i got a divorce in june", "married six years .", "happily married for 9 years", "(i am) very much
single"; a denial, another's status, a divorce lawyer, a past marriage and a marriage counted in times give none
(kg_memory.extract.english.marital_told)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _statuses(text: str) -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "maritalStatus"}


@pytest.mark.parametrize(("text", "status"), [
    ("i just became engaged to my college boyfriend", "engaged"),
    ("ugh , i became a widower last fall", "widowed"),
    ("so i became a widow at 40", "widowed"),
    ("i got a divorce in june", "divorced"),
    ("we went through a divorce a while back", "divorced"),
    ("married six years . still going strong", "married"),
    ("happily married for 9 years", "married"),
    ("i am very much single these days", "single"),
])
def test_status_told(text: str, status: str) -> None:
    assert status in _statuses(text)


@pytest.mark.parametrize("text", [
    "i never became a widow , thank god",
    "i got a divorce lawyer for my cousin",
    "my neighbor became a widow last year",
    "i was married nine years to a dentist",
    "have you been married long ?",
    "i am very much in love with this city",
    "i became a teacher after college",
])
def test_no_status(text: str) -> None:
    assert not _statuses(text)
