"""我是X的 says where one is from or belongs (我是邵阳的, 我也是华容的), not who one is: a place jieba takes for a name is
no name of the speaker's; 我是李娜 still is."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("lines", [
    ((1, "听口音你是湖南的吧？"), (2, "对，我是邵阳的。")),
    ((1, "我老家华容的。"), (2, "真巧，我也是华容的！")),
    ((1, "你们都是哪儿的？"), (2, "我是邵阳的，他是长沙的。")),
])
def test_i_am_of_a_place_names_nobody(lines: tuple[tuple[int, str], ...]) -> None:
    got = facts(*lines)
    assert not any(p in ("name", "alternateName") for s, p, o in got), got


@pytest.mark.parametrize(("lines", "name"), [
    (((1, "请问您是？"), (2, "我是李娜。")), "李娜"),
    (((1, "谁啊？"), (2, "我是王芳啊，开门。")), "王芳"),
])
def test_i_am_a_name_still_names_the_speaker(lines: tuple[tuple[int, str], ...], name: str) -> None:
    got = facts(*lines)
    assert any(s == "Speaker 2" and p in ("name", "alternateName") and o == name for s, p, o in got), got
