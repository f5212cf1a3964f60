"""A name one asks to be called by after saying where one is from (issue 13): "我是隔壁师大的，叫我阿森。" — 我是X的
introduces no name, so the 叫我阿森 after it is the speaker's."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_call_me_after_where_one_is_from():
    found = facts((1, "你们是哪个学校的？"), (2, "我是隔壁师大的，叫我阿森。"), (1, "阿森，一起打一场？"))
    assert ("Speaker 2", "alternateName", "阿森") in found or ("Speaker 2", "name", "阿森") in found
