"""Family and pets told in passing, in Chinese: 家里新添了一只柯基，叫豆包 (a pet added, named in the next clause: no
name of the speaker's), 闺女这周上幼儿园了 (one's own daughter, said with no 我), 咱家老二朵朵这学期上小学了 (one's
second child), 我儿子这个月开始上幼儿园了 (a time of this month); 我们老大 (the boss) and 儿子，快过来 (a call) are no
child told."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "fact"), [
    ("家里新添了一只柯基，叫豆包", ("安娜", "hasPet", "豆包", False)),
    ("我们家添了只橘猫，叫橘子", ("安娜", "hasPet", "橘子", False)),
    ("闺女这周上幼儿园了", ("安娜", "child", "安娜的闺女", False)),
    ("咱家老二朵朵这学期上小学了", ("安娜", "child", "朵朵", False)),
    ("我儿子这个月开始上幼儿园了", ("安娜", "child", "安娜的儿子", False)),
])
def test_family_told_in_passing(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(text), told(text)


def test_a_pet_added_is_no_name_of_the_speaker() -> None:
    assert not any(p == "name" for _, p, _, _ in told("家里添了只柯基，叫饼干"))


@pytest.mark.parametrize("text", ["我们老大让我周末加班", "儿子，快过来吃饭"])
def test_no_child(text: str) -> None:
    assert not any(p == "child" for _, p, _, _ in told(text)), told(text)
