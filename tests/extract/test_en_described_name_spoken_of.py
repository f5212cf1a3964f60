"""A name after an adjective that follows "that", "the", "your" or a comma is spoken of, not called ("You're seeing that
jealous, controlling Marco again?", "Wait, we hired the other Kevin?"), so the one who answers is not named so;
"You're crazy Dario!", "Don't be stupid Rosa." and "You must be the famous Odile." still call the one spoken to."""

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


def test_the_famous_one_is_greeted() -> None:
    got = facts((1, "Sorry we're late, traffic."), (2, "You must be the famous Odile."), (1, "Famous? What did he tell you?"))
    assert ("Speaker 1", "alternateName", "Odile") in got, got
    got = facts((1, "Can I meet this famous Odile tonight?"), (2, "She's working late."), (1, "Next time then."))
    assert not any(p in ("alternateName", "name") and o == "Odile" for _, p, o in got), got
