"""你也去学, 他报了名就去练了: 去 and a verb of one character is something to go and do, no place visited (the clause
says 了 elsewhere, which made it read as a past trip); 去了西湖 still is."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["钱都交了，你也去学。", "他报了名就去练了。", "菜都买好了，你也去洗。"])
def test_a_verb_after_qu_is_no_place(line: str) -> None:
    got = facts((1, "老周，你看孩子学得多好。"), (2, line), (1, "我这把老骨头就算了。"))
    assert not any(p == "visited" for _, p, _ in got), got


def test_a_place_is_still_visited() -> None:
    got = facts((1, "你们上个月干嘛了？"), (2, "我们上个月去了西湖，玩了三天。"))
    assert ("Speaker 2", "visited", "西湖") in got, got
