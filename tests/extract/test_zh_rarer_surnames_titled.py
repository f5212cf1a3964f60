"""衡老师 / 钮老板 / 解大夫 / 薄老师 / 房老师: a rarer surname before a title names the one spoken to, as 骆老师 does; the
same characters make no name where they begin a word (小房 "a small room", 小解, 房东 "a landlord")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("call", "name"), [
    ("衡老师，这份教案您帮我看看。", "衡老师"),
    ("钮老板，今天的鱼新鲜吗？", "钮老板"),
    ("解大夫，我这两天腰又疼了。", "解大夫"),
    ("薄老师，您还记得我吗？", "薄老师"),
    ("房老师，孩子最近表现怎么样？", "房老师"),
])
def test_the_titled_surname_names_who_answers(call: str, name: str) -> None:
    got = facts((1, call), (2, "嗯，我看看。"))
    assert ("Speaker 2", "alternateName", name) in got, got


@pytest.mark.parametrize("line", ["小房，收拾一下就能住。", "房东，暖气又坏了。"])
def test_words_of_those_characters_name_nobody(line: str) -> None:
    got = facts((1, line), (2, "嗯，我看看。"))
    assert not any(p == "alternateName" for s, p, o in got), got
