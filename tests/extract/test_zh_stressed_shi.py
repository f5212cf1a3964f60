"""是 said for stress before a liking or a home (我主要是喜欢猫, 我就是喜欢猫, 我其实是住在上海) keeps the statement, and
而已 after it is no part of the thing liked; not 我也是喜欢猫的人 (猫的人), 我要是喜欢猫就好了 (a wish)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我主要是喜欢猫。", ("安娜", "likes", "猫")),
    ("我就是喜欢猫", ("安娜", "likes", "猫")),
    ("我只是喜欢猫而已", ("安娜", "likes", "猫")),
    ("我其实是住在上海", ("安娜", "livesIn", "上海")),
    ("我主要是怕蛇", ("安娜", "dislikes", "蛇")),
])
def test_shi_said_for_stress_keeps_the_statement(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize(("line", "wrong"), [
    ("我也是喜欢猫的人", ("安娜", "likes", "猫的人")),
    ("我要是喜欢猫就好了", ("安娜", "likes", "猫")),
])
def test_no_wrong_liking(line: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in kept(line), kept(line)
