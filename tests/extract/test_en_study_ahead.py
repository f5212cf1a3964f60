"""A course of study started, or to start, at a school named makes it the speaker's school: "starting my master's at
Purdue in the fall", "I start my MBA at Kellogg next month", "just started law school at Fordham"; a wish, a question
or another's start tells the speaker nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "school"), [
    ("starting my master's at Purdue in the fall!", "Purdue"), ("I start my MBA at Kellogg next month.", "Kellogg"),
    ("So I just started law school at Fordham and it's intense.", "Fordham"),
    ("I'm starting my PhD in linguistics at Ohio State in August.", "Ohio State"),
])
def test_a_school_started(said: str, school: str) -> None:
    assert ("Ann", "studiesAt", school) in kept(said), kept(said)


@pytest.mark.parametrize("said", ["I'd love to start my PhD at Yale someday.", "Are you starting college at Tulane?",
                                  "My daughter is starting college at Tulane."])
def test_no_school_of_the_speaker(said: str) -> None:
    assert not any(s == "Ann" and p == "studiesAt" for s, p, _ in kept(said)), kept(said)
