"""An exclamation of disgust said to someone ("Gross, Mom.", "Yuck, Dad!") is no name: "Gross" was given to the one
spoken to; as a surname after a title it is still one ("Mr. Gross")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("first", "reply", "then"), [
    ("I made liver for dinner.", "Gross, Mom.", "Eat it anyway."),
    ("Smell my sneakers.", "Yuck, Dad!", "Ha!"),
    ("Want to see my scab?", "Eww. Nasty, Grandpa.", "Suit yourself."),
])
def test_disgust_said_to_a_relative_is_no_name(first: str, reply: str, then: str) -> None:
    got = names((1, first), (3, reply), (1, then))
    assert not {n for s, n in got if n in ("Gross", "Yuck", "Nasty")}, got


def test_a_name_after_disgust_is_still_called() -> None:
    got = names((1, "Smell my sneakers."), (2, "Gross, Theo. Get away from me."), (1, "Ha!"), (2, "Theo, seriously."))
    assert ("Speaker 1", "Gross") not in got, got


def test_a_titled_surname_gross_is_still_a_name() -> None:
    got = names((1, "Mr. Gross, your table is ready."), (2, "Thank you."), (3, "Finally."))
    assert ("Speaker 2", "Mr Gross") in got, got
