"""这是我爱人，小梅。 - 你好，我是小梅的表妹。: the speaker is a relative of the one named by a call form (小梅, 乐乐), as of a
full name (我是张伟的表姐)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("name", ["小娟", "豆豆", "阿彬"])
def test_the_cousin_of_one_called_so(name: str) -> None:
    got = facts((1, f"这是我爱人，{name}。"), (2, f"你好，我是{name}的表妹，刚从老家过来。"), (3, "欢迎欢迎。"))
    assert (name, "relative", "Speaker 2") in got, got


def test_a_thing_owned_names_no_relative() -> None:
    got = facts((1, "这是谁的车？"), (2, "是小梅的，她表妹借去开了。"), (3, "哦。"))
    assert not any(p == "relative" and s == "小梅" and o == "Speaker 2" for s, p, o in got), got
