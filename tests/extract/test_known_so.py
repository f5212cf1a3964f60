"""What the speaker knew, or did not know, is so ("I didn't know you had a sister!"): the clause after "know" is read
as said, in the present where English put it in the past; what is only asked or supposed gives nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import ended_by, said_by

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("text", "fact"), [
    ("I didn't know you were a doctor!", (B, "jobTitle", "doctor")),
    ("Oh, I knew Ross was your brother.", (B, "sibling", "Ross")),
    ("I had no idea you lived in Boston!", (B, "livesIn", "Boston")),
    ("I know you're a nurse.", (B, "jobTitle", "nurse")),
    ("Did you know Ross is my brother?", (A, "sibling", "Ross")),
])
def test_what_is_known_is_so(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in said_by((B, "Hi."), (A, text))


def test_a_state_known_from_before_is_not_ended() -> None:
    assert (B, "livesIn", "Boston") not in ended_by((B, "Hi."), (A, "I didn't know you lived in Boston!"))
    assert (B, "livesIn", "Boston") in ended_by((B, "Hi."), (A, "You lived in Boston."))  # said in the past: it was


@pytest.mark.parametrize("text", [
    "I don't know if you're a doctor.",
    "I didn't know whether you were a doctor.",
    "I knew you would be a doctor.",
    "Do you know if Ross is my brother?",
])
def test_what_is_asked_or_supposed_gives_nothing(text: str) -> None:
    assert not {f for f in said_by((B, "Hi."), (A, text)) if f[1] in ("jobTitle", "sibling")}
