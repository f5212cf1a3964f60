"""A bond put right in the next turn by a word alone ("Noor is Ava's friend." - "Girlfriend." , "这是我同事阿杰。" -
"男朋友啦。") is the bond the two have; a word that is no bond, or a longer answer, leaves the bond as told."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by


@pytest.mark.parametrize(("told", "reply", "bond"), [
    ("Noor is Ava's friend.", "Girlfriend.", "partner"),
    ("This is my coworker, Luis.", "Husband, actually!", "spouse"),
    ("Meet my roommate Jess.", "Well, her fiancée now.", "partner"),
    ("这是我同事阿杰。", "男朋友啦。", "partner"),
    ("这是我朋友小芳。", "老婆。", "spouse"),
    ("Omar is Lena's friend...", "Life partner.", "partner"),
    ("莉娜是奥马尔的朋友……", "生活伴侣。", "partner"),
])
def test_a_bond_put_right_at_once(told: str, reply: str, bond: str) -> None:
    found = said_by(("Eve", told), ("Max", reply))
    bonds = {p for _, p, _ in found if p in {"partner", "spouse", "friend", "colleague", "roommate"}}
    assert bonds == {bond}, found


@pytest.mark.parametrize("reply", ["Partners in crime, these two.", "Nice to meet you!", "Friends forever.", "不是伴侣。"])
def test_a_reply_that_puts_nothing_right(reply: str) -> None:
    found = said_by(("Eve", "Noor is Ava's friend."), ("Max", reply))
    assert ("Ava", "friend", "Noor") in found, found
