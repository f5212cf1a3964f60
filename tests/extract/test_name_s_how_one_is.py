"""A name's "'s" before how one is and a stop ("Nkem's boring.", "Ifeoma's shy, she ...") is "is": the name is spoken of,
so "he" or "she" next finds that person ("Nkem's boring. He's only four.": Nkem is four). Before a thing it stays a
possessive ("Leo's shy dog")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("reply", "name", "age"), [
    ("Nkem's boring. He's only four.", "Nkem", "4"),
    ("Oh, Ifeoma's shy, she's just six.", "Ifeoma", "6"),
    ("Well, Tamsin's grumpy today. She's seventy, you know.", "Tamsin", "70"),
])
def test_the_one_said_to_be_so_is_the_one_aged(reply: str, name: str, age: str) -> None:
    got = facts((1, "How are the grandkids doing?"), (2, reply))
    assert (name, "age", age) in got


def test_before_a_thing_it_stays_a_possessive() -> None:
    from kg_memory.extract.english.segment import normalize

    assert "Leo's shy dog" in normalize("Leo's shy dog hid under the bed.")
    assert "Nkem is boring." in normalize("Nkem's boring.")
