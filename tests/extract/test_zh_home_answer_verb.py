"""A home said alone after 你住哪？ with its verb (住苏州) or an adverb (就在苏州) is the place after them: 苏州, not 住苏州."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("answer", ["住苏州。", "就在苏州。", "我住苏州。"])
def test_the_home_is_the_place(answer: str) -> None:
    got = facts((1, "你住哪？"), (2, answer))
    assert ("Speaker 2", "livesIn", "苏州") in got, got
    assert not any(p == "livesIn" and o != "苏州" for _, p, o in got), got
