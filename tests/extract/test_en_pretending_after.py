"""What someone is pretending is no fact, but what is said before it still is: "That's my husband Walt on the couch
pretending he read the book." gives the husband (the whole sentence was dropped as a part played); "I'm pretending I'm a
doctor", "Let's pretend I'm your wife" give nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import round_robin


@pytest.mark.parametrize(("text", "fact"), [
    ("Come in! That's my husband Gordon on the couch pretending he read the book.", ("Speaker 2", "spouse", "Gordon")),
    ("My brother Felipe is pretending he didn't eat the cake.", ("Speaker 2", "sibling", "Felipe")),
])
def test_what_is_said_before_the_pretending_holds(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in round_robin("Hi!", text, "Ha.")


@pytest.mark.parametrize("text", [
    "I'm pretending I'm a doctor.",
    "Let's pretend I'm your wife.",
    "We were pretending she was our mom.",
])
def test_what_is_pretended_gives_nothing(text: str) -> None:
    facts = round_robin("What are you doing?", text, "Weird.")
    assert not any(p in ("jobTitle", "spouse", "parent") for _, p, _ in facts)
