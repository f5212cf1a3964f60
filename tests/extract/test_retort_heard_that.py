"""A name closing a retort to the words just said ("I heard that, Reuben.", "Very funny, Marco.") calls the one who
said them, even when a third person speaks next: it had no vote strong enough, and the name was lost."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("retort", "name"), [
    ("I heard that, Reuben.", "Reuben"),
    ("Very funny, Marisol.", "Marisol"),
    ("Oh, speak for yourself, Dmitri.", "Dmitri"),
])
def test_a_retort_calls_the_one_before(retort: str, name: str) -> None:
    got = names((1, "Who's on dishes tonight?"), (2, "Not me. I cooked, and I'm the only one who ever cooks."),
                (3, retort), (1, "Okay, okay. I'll do them."))
    assert ("Speaker 2", name) in got and ("Speaker 1", name) not in got, got


def test_a_plain_closing_call_to_a_third_is_not_read_as_a_retort() -> None:
    got = names((1, "The bus is late again."), (2, "Typical."), (3, "Pass me the schedule, Ines."), (1, "Here."))
    assert ("Speaker 2", "Ines") not in got, got
