"""A bidding that opens a turn and reads like a surname and a word (张嘴 "open your mouth", 小点声 "keep it down") is no
name called (issue 13). Invented scenes."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines", [
    ((1, "来，张嘴，啊——"), (2, "啊——"), (3, "有点发炎。")),
    ((1, "张嘴，我看看舌头。"), (2, "啊——"), (3, "嗓子也红了。")),
    ((1, "小点声，孩子刚睡着。"), (2, "知道了知道了。"), (3, "我去关门。")),
])
def test_a_bidding_that_opens_like_a_surname_names_nobody(lines):
    assert not names(*lines)
