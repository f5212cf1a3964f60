"""Of a sentence that plans, the clauses before the plan still tell what was done: "Signed up for a salsa class, first one
is next Friday!" (salsa), "we went kayaking on Sunday, hoping to go again soon"; a plan, a question or a denial with no
clause before it tells nothing ("Thinking about pottery classes, maybe next month", "Did you go camping, or hiking?")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("said", "hobby"), [
    ("signed up for guitar lessons at last, the first one is tomorrow", "guitar"),
    ("We went kayaking on Sunday, hoping to go again soon.", "kayaking"),
    ("Signed up for a salsa class, first one is next Friday!", "salsa"),
])
def test_what_was_done_before_the_plan(said: str, hobby: str) -> None:
    found = facts((1, "What's new?"), (2, said))
    assert ("Speaker 2", "hobby", hobby) in found, found


@pytest.mark.parametrize("said", ["Thinking about pottery classes, maybe next month.", "Did you go camping, or hiking?",
                                  "I never went camping, hiking is more my thing."])
def test_plans_questions_denials_tell_nothing(said: str) -> None:
    found = facts((1, "What's new?"), (2, said))
    assert not any(p == "hobby" for _, p, _ in found), found
