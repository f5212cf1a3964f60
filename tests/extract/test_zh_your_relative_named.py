"""Chinese: a name set after a relative of the one spoken to and then spoken of as 他/她 ("您的太太，周慧，她……") names
that relative, not the one spoken to (issue 13, :mod:`kg_memory.extract.speakers`); a name called after 你的室友 with 你
still calls. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_beside_the_listeners_relative_is_theirs():
    said = names((1, "我要起诉。"), (2, "您的太太，周慧，她知道这件事吗？"), (1, "还不知道。"))
    assert ("Speaker 1", "周慧") not in said
    said = names((2, "我来接孩子。"), (1, "你的儿子，陈浩，他今天在学校打架了。"), (2, "什么？"))
    assert ("Speaker 2", "陈浩") not in said
