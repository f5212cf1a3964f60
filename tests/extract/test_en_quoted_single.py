"""Words in single quotes after a verb of saying are another's ("She said 'I love my cats'"); a word quoted in one's
own sentence ("I said 'sure', and I love my cats") leaves the rest the speaker's (invented lines)."""

from __future__ import annotations

from tests.extract.dialogue_facts import said_by

A, B = "Speaker 1", "Speaker 2"


def test_words_quoted_after_said_are_not_the_speakers() -> None:
    assert not said_by((A, "Hey."), (B, "She said 'I love my cats' and left."))
    assert not said_by((A, "Hey."), (B, "He told me 'I don't have a sister, I have two brothers' once."))


def test_the_speakers_own_words_beside_a_quote_are_read() -> None:
    assert (B, "hasPet", f"{B}'s cats") in said_by((A, "Hey."), (B, "I said 'sure', and I love my cats."))
    assert (B, "hasPet", f"{B}'s dog") in said_by((A, "Hey."), (B, "She said 'I love my cats'. I have a dog."))
