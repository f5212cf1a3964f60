"""小刘，你去仓库拿一瓶 / 你去阳台把衣服收了: a room or a store room gone to on an errand is no place visited, as 去洗手间
is not; 去了西湖 still is."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["小丁，洗发水用完了，你去仓库拿两瓶。", "小丁，下雨了，你去阳台把被子收了。",
                                  "小丁，客人到了，你去前台接一下。"])
def test_an_errand_is_no_visit(line: str) -> None:
    got = facts((1, line), (2, "好嘞，马上去。"))
    assert not any(p == "visited" for _, p, _ in got), got


def test_a_place_is_still_visited() -> None:
    got = facts((1, "你们上个月干嘛了？"), (2, "我们上个月去了西湖，玩了三天。"))
    assert ("Speaker 2", "visited", "西湖") in got, got
