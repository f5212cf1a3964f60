"""谢谢嫂子！嫂子做的饺子真香。 / 郑哥，嫂子那脾气你知道。: a 嫂子 said again in a turn that calls by it, or said to a man
called by his name and 哥, is the one called or his wife, not the speaker's own relative; 嫂子做的饺子真香。 said alone
still tells of the speaker's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["谢谢嫂子！嫂子做的饺子真香。", "郑哥，嫂子那脾气你又不是不知道。",
                                  "志强哥，嫂子上周还来店里买过菜。"])
def test_no_relative_of_the_speaker(line: str) -> None:
    got = facts((1, "来，尝尝我包的饺子。"), (2, line))
    assert not any(s == "Speaker 2" and p == "relative" for s, p, o in got), got


def test_said_alone_is_the_speakers() -> None:
    got = facts((1, "你好。"), (2, "嫂子做的饺子真香。"))
    assert ("Speaker 2", "relative", "Speaker 2的嫂子") in got, got
