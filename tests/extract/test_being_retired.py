"""A job status told with "being" ("being retired , i golf most days", "i hate being unemployed", "i love being self
employed") and "i am self employed" spelt without the hyphen give the ``jobTitle`` ("retired", "unemployed",
"self-employed"); a supposition, a denial, another's status and "being retired is ..." said of anyone give none
(kg_memory.extract.english.mentions, identity)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _jobs(text: str) -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "jobTitle" and not f.ended}


@pytest.mark.parametrize(("text", "job"), [
    ("being retired , i golf most days", "retired"),
    ("being unemployed i cook at home a lot", "unemployed"),
    ("honestly i hate being unemployed", "unemployed"),
    ("i love being self employed", "self-employed"),
    ("i am self employed , i run a small shop", "self-employed"),
])
def test_status_told(text: str, job: str) -> None:
    assert job in _jobs(text)


@pytest.mark.parametrize("text", [
    "i would hate being unemployed",
    "i am not self employed anymore",  # an ending, no status now
    "being retired is not for everyone",
    "is being self employed hard ?",
])
def test_no_status(text: str) -> None:
    assert not _jobs(text)
