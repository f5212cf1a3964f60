"""雯姐 / 钊哥 / 晓玥 / 我朋友昕怡: characters that people give their children and that make few other words (玥, 雯, 晗,
钊, 昕, 婧, 钰, 岚...) read as given names, as 佳, 婷 or 鹏 do: before 哥 or 姐 the one spoken to is called so, and after a
relative's word they are the relative's name."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("call", "name"), [
    ("雯姐，快递我帮你拿上来了。", "雯姐"),
    ("钊哥，今天还是剪短点？", "钊哥"),
    ("婧姐，周末一起爬山吗？", "婧姐"),
])
def test_a_given_name_before_ge_or_jie_is_a_call(call: str, name: str) -> None:
    got = facts((1, call), (2, "行啊。"))
    assert ("Speaker 2", "alternateName", name) in got, got


def test_a_given_name_after_a_relative_is_theirs() -> None:
    got = facts((1, "我表妹昕玥在杭州上大学。"), (2, "真好。"))
    assert ("Speaker 1", "relative", "昕玥") in got, got
