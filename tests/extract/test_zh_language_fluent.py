"""我说得一口流利的英语, 他讲一口地道的粤语: the language one speaks (一口 + how well + the language)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "language"), [
    ("我说得一口流利的英语", "英语"),
    ("我能讲一口地道的粤语。", "粤语"),
    ("我会说一口标准的普通话", "普通话"),
])
def test_a_language_spoken_fluently(line: str, language: str) -> None:
    assert ("安娜", "speaks", language) in kept(line), kept(line)


def test_a_language_not_spoken_so_is_not_spoken() -> None:
    assert not any(p == "speaks" for _, p, _ in kept("我不会说一口流利的英语"))
