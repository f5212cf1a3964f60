"""A name is read even when it ends like a job word (Peter, Jennifer) or its surname is one (Smith,
Parker): before, "My name is Peter." and "My name is John Smith." gave no name at all."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    found = RuleExtractor().extract([Turn("c", "1", "Ann", text)])
    return {(f.subject.label, f.predicate, getattr(f.object, "label", str(f.object))) for f in found}


@pytest.mark.parametrize(("text", "name"), [
    ("My name is Peter.", "Peter"),
    ("My name is John Smith.", "John Smith"),
    ("Hi! My name is Peter Parker and I live in Oslo.", "Peter Parker"),
    ("my name is jennifer , nice to meet you", "jennifer"),
    ("Call me Walter.", "Walter"),
])
def test_a_name_that_looks_like_a_job_word_is_a_name(text: str, name: str) -> None:
    assert ("Ann", "name", name) in facts(text)


@pytest.mark.parametrize("text", ["Call me a doctor.", "My name is Nurse.", "call me chef", "hi , i am exhausted ."])
def test_a_job_or_a_state_is_no_name(text: str) -> None:
    assert not {f for f in facts(text) if f[1] == "name"}
