"""A statement before a request for ideas in the same sentence is still told: "She's a pharmacist, so maybe a
science theme?" (she is a pharmacist), "My dad is a pilot, ideas for a gift?"; a question of its own before the
comma still gives nothing ("Is she a pharmacist, maybe?"), and a hypothetical stays one ("I could be a nurse,
maybe in a few years?")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "fact"), [
    ("Plan a baby shower for my sister Noemi. She's a pharmacist, so maybe a science theme?",
     ("Noemi", "jobTitle", "pharmacist", False)),
    ("My dad is a pilot, ideas for a retirement gift?", ("Ann's dad", "jobTitle", "pilot", False)),
    ("I'm vegetarian, perhaps something with lentils?", ("Ann", "diet", "vegetarian", False)),
])
def test_a_statement_before_a_request_for_ideas(said: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(said), told(said)


@pytest.mark.parametrize("said", [
    "Is my sister a pharmacist, maybe?",
    "I could be a nurse, maybe in a few years?",
    "Would she be a pharmacist, perhaps at Boots?",
])
def test_no_job_from_a_question_or_a_hypothetical(said: str) -> None:
    assert not any(p == "jobTitle" for _, p, _, _ in told(said)), told(said)
