""""Woman" and "gentleman" end as "fireman" does but name no trade: "i am a tired old woman", "a retired proud woman"
give no job title ("retired" alone stays), while "a saleswoman", "a police officer" and "a retired fisherman" keep
theirs (kg_memory.extract.english.lexicon.NOT_JOBS)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


def _jobs(text: str) -> set[str]:
    return {o for s, p, o in _facts(text) if s == "Ann" and p == "jobTitle"}


@pytest.mark.parametrize("text", [
    "i am a tired old woman these days",
    "honestly i am a fragile woman",
    "he says i am a stubborn gentleman",
    "i am a quiet country woman",
])
def test_no_job(text: str) -> None:
    assert not _jobs(text)


@pytest.mark.parametrize(("text", "job"), [
    ("i am a retired proud woman", "retired"),
    ("i am a saleswoman at a car lot", "saleswoman"),
    ("i am a fisherman in maine", "fisherman"),
    ("i am a police officer", "police officer"),
])
def test_job_kept(text: str, job: str) -> None:
    assert job in _jobs(text)
