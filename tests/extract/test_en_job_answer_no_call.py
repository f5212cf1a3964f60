"""A job word answering a guess at one's job, with "actually" ("You're a firefighter?" - "Paramedic, actually.") is a
correction, no call: nobody is named by it."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_names as _names


def test_a_job_said_back_names_nobody() -> None:
    names = _names(("Speaker 1", "So you're a firefighter?"),
                   ("Speaker 2", "Paramedic, actually."),
                   ("Speaker 1", "Oh, that's great."),
                   ("Speaker 3", "She pulled my uncle out of a ditch once."))
    assert not any(n == "Paramedic" for _, n in names)
