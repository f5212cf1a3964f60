"""我们去成都，……一年也见不了几次: 了 after 不 says what cannot be done, not that the trip is past, so no visit is
read; 我们去了成都 and 我们去年去成都 still are visits."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def test_a_trip_ahead_is_no_visit() -> None:
    got = facts((1, "你们这是去哪儿？"), (2, "我们去成都，孩子他爸在那儿上班，一年也见不了几次。"))
    assert ("Speaker 2", "visited", "成都") not in got, got


@pytest.mark.parametrize("line", ["我们去了成都，孩子他爸在那儿上班。", "我们去年去成都，待了一个礼拜，受不了那儿的辣。"])
def test_a_trip_made_is_a_visit(line: str) -> None:
    assert ("Speaker 2", "visited", "成都") in facts((1, "你们这是去哪儿了？"), (2, line))
