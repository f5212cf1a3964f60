"""A name after an adjective that follows "that", "the", "your" or a comma is spoken of, not called ("You're seeing that
jealous, controlling Marco again?", "Wait, we hired the other Kevin?"), so the one who answers is not named so;
"You're crazy Dario!" and "Don't be stupid Rosa." still call the one spoken to."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def named(got: set[tuple[str, str, str]], name: str) -> bool:
    return any(p in ("alternateName", "name") and o == name for _, p, o in got)


def test_a_described_name_is_spoken_of() -> None:
    got = facts((1, "Hey."), (2, "You're seeing that jealous, controlling Marco again?"), (3, "Only for coffee."))
    assert not named(got, "Marco"), got
    got = facts((1, "Morning."), (2, "Wait, we hired the other Kevin?"), (3, "He starts Monday."))
    assert not named(got, "Kevin"), got


def test_an_adjective_said_of_the_one_called() -> None:
    got = facts((1, "I quit my job today."), (2, "You're crazy Dario!"), (1, "Maybe I am."))
    assert ("Speaker 1", "alternateName", "Dario") in got, got
    got = facts((1, "I'll never be good at this."), (2, "Don't be stupid Rosa."), (1, "Thanks."))
    assert ("Speaker 1", "alternateName", "Rosa") in got, got
