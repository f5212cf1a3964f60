""""And you are?" - "Hello. Ingrid.", "Thanks. Bartholomew.": asked their name, one who greets or thanks first and then
says a first name alone gives their own name. Not read: an answer that says something else after the greeting ("Hi. I'm
with the caterers."), or a greeting and a name when no name was asked (there the name may be called to another)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("answer", "name"), [
    ("Hello. Ingrid.", "Ingrid"),
    ("Thanks. Bartholomew.", "Bartholomew"),
    ("Hi! Soledad. I'm in the back row.", "Soledad"),
])
def test_a_name_after_a_greeting_answers_the_question(answer: str, name: str) -> None:
    got = names((1, "Welcome, everyone, grab a seat. And you are?"), (2, answer), (3, "Is there coffee?"))
    assert ("Speaker 2", name) in got, got


def test_no_name_when_none_was_asked() -> None:
    got = names((1, "I brought the chairs."), (2, "Thanks. Ingrid, can you help him?"), (3, "Sure."))
    assert ("Speaker 2", "Ingrid") not in got, got


def test_something_else_after_the_greeting_names_no_one() -> None:
    got = names((1, "And you are?"), (2, "Hi. I'm with the caterers."), (3, "Kitchen's that way."))
    assert not any(who == "Speaker 2" for who, _ in got), got
