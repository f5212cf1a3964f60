"""A name after a verb of the third person that takes an object ("Everybody knows Dmitri.", "Mom trusts Alma.") is
spoken of, not to: "Everybody knows Dmitri." answering "Who runs the bakery?" gave the asker the name Dmitri (the
base forms, "I know Dmitri.", were read already)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, names


@pytest.mark.parametrize(("answer", "name"), [
    ("Everybody knows Dmitri. He's my brother.", "Dmitri"),
    ("Honestly? Mom trusts Alma.", "Alma"),
])
def test_a_name_after_a_third_person_verb_is_no_call(answer: str, name: str) -> None:
    got = names((1, "Who runs the bakery these days?"), (2, answer), (1, "Oh! I had no idea."))
    assert not {n for s, n in got if n == name}, got


def test_the_relative_named_so_keeps_the_name() -> None:
    got = facts((1, "Who runs the bakery these days?"), (2, "Everybody knows Dmitri. He's my brother."), (1, "Oh!"))
    assert ("Speaker 2", "sibling", "Dmitri") in got and ("Speaker 1", "alternateName", "Dmitri") not in got, got


def test_thanks_before_a_name_is_still_a_call() -> None:
    got = names((1, "Here's your coffee."), (2, "Thanks Dmitri."), (1, "Anytime."))
    assert ("Speaker 1", "Dmitri") in got, got
