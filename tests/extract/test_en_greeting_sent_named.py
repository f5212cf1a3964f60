"""A greeting sent with one's own name names the sender: "Tell her Odette from the bakery says hi." said by a speaker
the others call Odette; "Tell him Walt Kaminski says he owes me lunch." too. "Tell her Ann says she's sorry" may pass
on another's words and names nobody."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_greeting_sent_names_sender() -> None:
    got = names((1, "My cousin bakes there, you know."), (2, "Sure thing, Odette."), (3, "What's new?"),
                (1, "Tell her Odette from the bakery says hi."))
    assert ("Speaker 1", "Odette") in got, got


def test_debt_sent_names_sender() -> None:
    got = names((1, "I sold him that car."), (2, "Right, Walt."), (3, "Huh."),
                (1, "Tell him Walt Kaminski says he owes me lunch."))
    assert ("Speaker 1", "Walt Kaminski") in got, got


def test_words_passed_on() -> None:
    got = names((1, "She left early."), (2, "Okay, Ann."), (3, "Hm."), (1, "Tell her Ann says she's sorry."))
    assert ("Speaker 1", "Ann") not in got, got
