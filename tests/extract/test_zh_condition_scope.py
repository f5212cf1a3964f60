"""A Chinese condition governs its own clause and the outcome said after it, not a statement made outright beside
it: 我爱你，如果你不信就算了 and 如果你不信，也没关系，因为我爱你 say the speaker loves the listener, while
如果你走，我会想你的 and 我会想你的，如果你走 state nothing.

Invented dialogues of two speakers: the fact of the clause said outright is kept, nothing comes of the clause supposed.
"""

from __future__ import annotations

import pytest

from kg_memory.extract.chinese.conditions import outright
from tests.extract.dialogue_facts import said_by

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("line", "fact"), [
    ("我爱你，如果你不信就算了。", (B, "positiveImpression", A)),
    ("如果你不信，也没关系，因为我爱你。", (B, "positiveImpression", A)),
    ("我养了一只猫，如果你想看就来我家。", (B, "hasPet", f"{B}的猫")),
    ("要是我有钱，我会买房子，但是我现在住在杭州。", (B, "livesIn", "杭州")),
    ("我是护士，不然我也不会懂这些。", (B, "jobTitle", "护士")),
])
def test_the_clause_said_outright_beside_a_condition_is_read(line: str, fact: tuple) -> None:
    assert fact in said_by((A, "你好。"), (B, line))


@pytest.mark.parametrize("line", [
    "如果你走，我会想你的。",
    "我会想你的，如果你走。",
    "要是我有钱，我会住在杭州。",
    "如果我是护士，我就能帮你。",
    "如果你不信，我喜欢猫也没用。",
])
def test_what_a_condition_governs_states_nothing(line: str) -> None:
    facts = said_by((A, "你好。"), (B, line))
    assert not {f for f in facts if f[0] == B}, facts


def test_mainly_is_no_condition() -> None:
    assert outright("我主要是喜欢猫") == ["我主要是喜欢猫"]
    assert outright("要是你喜欢猫，我就送你一只") == []
