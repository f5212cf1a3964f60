"""A friend, roommate or classmate named with where the tie was made ("my college roommate Dan", "my childhood friend
Lily", "my high school classmate Tina") is the speaker's, as "my good friend Ross" is; a supposition, a plural, someone
else's ("your college roommate Dan") or one unnamed gives no named tie."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [
    ("My college roommate Dan is getting married in June.", ("Ann", "roommate", "Dan")),
    ("My childhood friend Lily lives in Oslo.", ("Ann", "friend", "Lily")),
    ("My work friend Sam is funny.", ("Ann", "friend", "Sam")),
    ("My high school classmate Tina just had a baby.", ("Ann", "classmate", "Tina")),
])
def test_a_tie_named_with_where_it_was_made(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text)


@pytest.mark.parametrize("text", ["If my college roommate Dan calls, tell him I'm out.", "My college roommates Dan and Bo are visiting.",
                                  "Your college roommate Dan called.", "I met my college roommate at a party."])
def test_no_named_tie_of_the_speaker_when_supposed_plural_someone_elses_or_unnamed(text: str) -> None:
    assert not {f for f in kept(text) if f[0] == "Ann" and f[1] in ("roommate", "friend", "classmate")}
