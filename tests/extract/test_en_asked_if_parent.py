""""Are you Dad?" asks whether the one spoken to is someone's father (at a school gate, a party): the speaker calls no
one "Dad"; "Love you, Dad.", "See you, Mom!" and "What do you want, Dad?" still call the one spoken to a parent."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("question", ["Hi there. Are you Dad?", "Oh, so you're the one who called. Are you Mom?",
                                      "Wait, aren't you Dad?", "And who's this? Were you Mom's ride?"])
def test_asking_whether_someone_is_the_parent_calls_nobody_a_parent(question: str) -> None:
    found = facts((2, "I'm here to pick up Theo."), (1, question), (2, "That's me. Sorry I'm late."))
    assert not any(p == "parent" for _, p, _ in found)


@pytest.mark.parametrize("call", ["Okay. Love you, Dad.", "See you, Mom!", "What do you want, Dad?"])
def test_a_call_after_you_still_names_the_parent(call: str) -> None:
    found = facts((2, "I'm leaving now, the car's outside."), (1, call))
    assert ("Speaker 1", "parent", "Speaker 2") in found
