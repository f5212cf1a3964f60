"""Out of work said in other words: "i'm between jobs right now", "i am out of work since march" give the job title
"unemployed" beside the ending of the job; "i was out of work for a while" (over), another's ("my son is between jobs")
and a question give the speaker no title (kg_memory.extract.english.endings)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _jobs(text: str) -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "jobTitle" and not f.ended}


@pytest.mark.parametrize("text", [
    "i'm between jobs right now",
    "i am out of work since march",
])
def test_unemployed(text: str) -> None:
    assert "unemployed" in _jobs(text)


@pytest.mark.parametrize("text", [
    "i was out of work for a while after college",
    "my son is between jobs",
    "are you between jobs ?",
])
def test_no_title(text: str) -> None:
    assert not _jobs(text)
