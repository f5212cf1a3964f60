"""A feeling or a state of the moment is no goal: "i want to be happy", "i hope to feel better", "i just want to be
left alone", "i want to be closer to my sister" give no ``goal``; "i want to be a happy nurse" still gives the job
(kg_memory.extract.english.goal_phrases)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _goals(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "goal"}


@pytest.mark.parametrize("text", [
    "honestly i want to be happy , that is all",
    "i just want to be left alone tonight",
    "i want to be closer to my sister , she lives far",
    "more than anything i want to be done with this semester",
])
def test_feeling_no_goal(text: str) -> None:
    assert not _goals(text)


def test_job_still_goal() -> None:
    assert "become nurse" in _goals("someday i want to be a nurse")
