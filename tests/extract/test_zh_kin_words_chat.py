"""The words of relatives chat uses: 我弟, 我妹 (a sibling, as 我哥), 那口子 (a spouse), 闺女 (a child), 大学室友 (a
roommate); a one-character relation is never half of its doubled form (我的哥哥，…… has no brother named 哥)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "facts"), [
    ("我弟是警察。", {("安娜", "sibling", "安娜的弟"), ("安娜的弟", "jobTitle", "警察")}),
    ("我妹在澳洲读书。", {("安娜", "sibling", "安娜的妹")}),
    ("我那口子是厨师。", {("安娜", "spouse", "安娜的那口子"), ("安娜的那口子", "jobTitle", "厨师")}),
    ("我闺女今年上初中了。", {("安娜", "child", "安娜的闺女")}),
    ("我大学舍友在成都当医生。", {("安娜", "roommate", "安娜的大学舍友"), ("安娜的大学舍友", "jobTitle", "医生")}),
])
def test_a_relative_said_as_in_chat_is_the_speakers(line: str, facts: set[tuple[str, str, str]]) -> None:
    assert facts <= kept(line), kept(line)


@pytest.mark.parametrize(("line", "half"), [
    ("你看，我的哥哥，做了些三明治。", "安娜的哥"),
    ("你看，我的妹妹，做了些三明治。", "安娜的妹"),
    ("我的弟弟。", "安娜的弟"),
])
def test_no_relative_is_half_a_doubled_word(line: str, half: str) -> None:
    assert not any(o == half or s == half for s, _, o in kept(line)), kept(line)
