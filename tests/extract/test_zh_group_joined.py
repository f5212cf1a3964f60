"""A group joined is one's group, by its own name: 我加入了合唱团 (合唱团; was 了合唱团), 我参加了社区合唱团 (a member, not an
event attended), 我去年加入了一个读书会; an event of the group's is attended (我参加了合唱团的演出)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "group"), [
    ("我上个月加入了合唱团。", "合唱团"),
    ("我参加了社区舞蹈队。", "社区舞蹈队"),
    ("我去年加入了一个读书会。", "读书会"),
])
def test_a_group_joined(said: str, group: str) -> None:
    found = told(said)
    assert ("安娜", "memberOf", group, False) in found, found
    assert not any(p == "attended" or o.startswith("了") for _, p, o, _ in found), found


def test_an_event_of_a_group_is_attended() -> None:
    found = told("我参加了合唱团的新年演出。")
    assert not any(p == "memberOf" for _, p, _, _ in found), found
