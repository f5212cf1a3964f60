"""A name set off after "his name" or "her name" and closing the sentence ("What's his name, Odette?", "I know her
name, Bruno.") calls the one spoken to: it is not the name given of someone spoken of, so it does not bar every
speaker from it as "His name is Bruno." does."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


@pytest.mark.parametrize("ask", ["What's his name, Odette?", "And his name, Odette?"])
def test_a_name_after_his_name_and_a_comma_is_a_call(ask: str) -> None:
    found = facts((1, "Welcome back, everyone. Tonight we practise the signs for food."),
                  (2, "I came for my boyfriend. His whole family signs and I was lost at dinner."),
                  (1, ask), (2, "Matthias. He taught me the sign for bread."), (3, "Show us!"))
    assert any(s == "Speaker 2" and p in _NAMED and o == "Odette" for s, p, o in found)


def test_his_name_is_still_a_name_given() -> None:
    found = facts((1, "Who was at the door?"), (2, "A courier. His name is Bruno."), (3, "Bruno! Come in!"),
                  (1, "He left already."))
    assert not any(p in _NAMED and o == "Bruno" for s, p, o in found)
