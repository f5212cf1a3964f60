"""Names given as examples, after "like" or "such as", call no one: "Singers with one name, like Adele, or, um,
Prince." names neither the one answering nor the one before; "I'd like to, Wendell." still calls Wendell."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("said", [
    "You know, singers with one name, like Adele, or, um, Prince.",
    "Big names, such as Oprah and, I don't know, Madonna.",
])
def test_examples_name_no_one(said: str) -> None:
    found = names((1, "Who are we talking about?"), (2, said), (1, "Oh, right."))
    assert not found, found


def test_a_call_after_like_still_calls() -> None:
    found = names((1, "You should ask her out."), (2, "I'd like to, Wendell."), (1, "Then do it."), (2, "Fine, Wendell."))
    assert ("Speaker 1", "Wendell") in found, found
