""""I was at <firm> before this", said among talk of work, is a former employer; said elsewhere, or "before this
party", it is not."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from tests.extract.dialogue_facts import turns


def _ended(*lines: tuple[int, str]) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, getattr(f.object, "label", str(f.object)))
            for f in RuleExtractor().extract(turns(*lines)) if f.ended}


@pytest.mark.parametrize("line", ["I was at Halloway Press before this.", "Thanks! I was at Halloway Press before this, so I know the drill.",
                                  "Before this I was at Halloway Press."])
def test_employer_before_this_job(line: str) -> None:
    assert ("Speaker 2", "worksFor", "Halloway Press") in _ended((1, "Welcome to the team, you start Monday."), (2, line))


@pytest.mark.parametrize(("before", "line"), [("Nice party, huh?", "I was at Halloway Press before this."),
                                              ("Welcome to the team.", "I was at Halloway Press before this party.")])
def test_no_employer_without_work_or_with_another_this(before: str, line: str) -> None:
    assert not any(p == "worksFor" for _, p, _ in _ended((1, before), (2, line)))
