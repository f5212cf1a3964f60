"""What is taught to one's own ("he taught my Theo guitar", "she teaches my daughter violin") is a lesson, no thing
the speaker owns: it gave ``owns`` guitar."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("text", "thing"), [
    ("Mr. Abara! He taught my Theo guitar for three years.", "guitar"),
    ("She teaches my daughter violin on Thursdays.", "violin"),
    ("Ms. Lind is teaching my twins piano now.", "piano"),
])
def test_a_lesson_is_no_thing_owned(text: str, thing: str) -> None:
    got = facts((1, "Who's that by the door?"), (2, text), (3, "Oh, lovely."))
    assert ("Speaker 2", "owns", thing) not in got, got


@pytest.mark.parametrize(("text", "thing"), [
    ("I sold my old piano when we moved.", "piano"),
    ("My guitar is older than my kids.", "guitar"),
])
def test_ones_own_instrument_is_still_owned(text: str, thing: str) -> None:
    got = facts((1, "Do you still play?"), (2, text), (3, "Oh, lovely."))
    assert ("Speaker 2", "owns", thing) in got, got
