"""A job the speaker left for what they mean to do ("I quit my job to go back to school"): the goal, beside the job's
ending; no goal of what is none, nor of a denial or a supposition."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "aim"), [
    ("I quit my job to go back to school.", "go back to school"),
    ("I left my job at the hospital to open a yoga studio.", "open a yoga studio"),
    ("So I quit my job last spring to travel around Asia.", "travel around Asia"),
    ("I resigned from my position in order to finish my degree.", "finish my degree"),
])
def test_the_goal_and_the_ending(text: str, aim: str) -> None:
    facts = told(text)
    assert ("Ann", "goal", aim, False) in facts, facts
    assert any(p == "worksFor" and ended for _, p, _, ended in facts), facts


@pytest.mark.parametrize("text", ["I didn't quit my job to travel.", "I quit my job to the surprise of everyone.",
                                  "If I quit my job to travel, I'd be broke."])
def test_no_goal(text: str) -> None:
    assert not any(p == "goal" for _, p, _, _ in told(text))
