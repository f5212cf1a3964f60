"""Apostrophes as phones type them ("’"): "I don’t live in Paris" denies as "I don't" does, "I can’t believe I had a
crush on you" disowns the feeling, "I’m Ross" names; and "I’ve been there my friend" (as "I've been") has no friend."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, kept, told


@pytest.mark.parametrize("line", [
    "I don’t live in Paris anymore, I live in Lyon.",
    "I’m Ross and I don’t like cats.",
    "My sister doesn’t work at Google, she’s a nurse in Boston.",
    "I can’t stand my boss. I’ve got two kids.",
    "She said ‘I love my cats’ twice.",
])
def test_a_typographic_apostrophe_reads_as_a_straight_one(line: str) -> None:
    assert told(line) == told(line.replace("’", "'").replace("‘", "'"))


def test_a_feeling_disowned_with_a_typographic_apostrophe_is_none() -> None:
    assert ("Speaker 1", "positiveImpression", "Speaker 2") not in facts(
        (1, "I can’t believe I had a crush on you, Ross!"), (2, "Yeah."))
    assert ("Speaker 1", "positiveImpression", "Speaker 2") in facts((1, "I had a crush on you, Ross!"), (2, "Yeah."))


@pytest.mark.parametrize(("line", "wrong"), [
    ("I don’t live in Paris.", ("Ann", "livesIn", "Paris")),
    ("I haven’t got a dog named Rex.", ("Ann", "hasPet", "Rex")),
    ("I didn’t marry Bob.", ("Ann", "spouse", "Bob")),
])
def test_a_typographic_negation_stores_nothing(line: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in kept(line)


def test_a_name_typed_with_a_typographic_apostrophe_is_read() -> None:
    assert ("Ann", "name", "Ross") in kept("Hi, I’m Ross.")


@pytest.mark.parametrize("line", ["I've been there my friend.", "Yeah, I’ve been there my friend."])
def test_been_somewhere_has_no_one(line: str) -> None:
    assert not any(p == "friend" for _, p, _ in kept(line)), kept(line)
