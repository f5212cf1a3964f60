""""i cannot wait to buy my house", "I'm about to buy my first car": a purchase looked forward to owns nothing yet, as
"i want to buy my first house" does not; "i bought my house last year" owns it."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("text", ["i cannot wait to buy my house .", "I'm about to buy my first car.",
                                  "We would like to buy our own place soon."])
def test_a_purchase_to_come_owns_nothing(text: str) -> None:
    assert not any(p == "owns" for _, p, _ in kept(text)), kept(text)


def test_a_purchase_made_owns() -> None:
    assert ("Ann", "owns", "house") in kept("i just bought my house last year .")


@pytest.mark.parametrize("text", ["i can not wait to buy my cabin by the lake", "i am looking forward to getting my boat next spring",
                                  "i would love to buy my piano back"])
def test_a_thing_looked_forward_to_is_not_owned(text: str) -> None:
    assert not any(p == "owns" for _, p, _ in kept(text)), kept(text)
