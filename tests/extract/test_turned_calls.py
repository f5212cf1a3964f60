"""A turn that calls one person and then, in a later sentence, another ("彭女士，我这就叫师傅过去。小胡！小胡！" -
"来了，主任，什么事？"): the one who answers is the one called later (小胡), not the one called first (彭女士)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("first", "turn", "answer", "earlier", "later"), [
    ("我是三号楼的，暖气一直不热。", "彭女士，我这就叫师傅过去。小胡！小胡！", "来了，主任，什么事？", "彭女士", "小胡"),
    ("我是三号楼的，暖气一直不热。", "郑阿姨，您先坐，药马上配好。小蓝，把单子拿过来！", "来了来了，店长！", "郑阿姨", "小蓝"),
    ("The heater's broken again.", "Mrs. Hart, I'll send someone up. Danny! Danny!", "Coming! What's up?", "Mrs Hart",
     "Danny"),
])
def test_the_answer_is_to_the_later_call(first: str, turn: str, answer: str, earlier: str, later: str) -> None:
    got = facts((1, first), (2, turn), (3, answer))
    assert ("Speaker 3", "alternateName", earlier) not in got, got
    assert ("Speaker 3", "alternateName", later) in got, got


def test_one_name_called_twice_is_one_call() -> None:
    got = facts((1, "暖气一直不热。"), (2, "小胡！小胡！"), (3, "来了，主任，什么事？"))
    assert ("Speaker 3", "alternateName", "小胡") in got, got


def test_a_name_said_of_someone_later_leaves_the_call() -> None:
    got = facts((1, "暖气一直不热。"), (2, "小蓝，你跟小胡说一声，三号楼暖气不热。"), (3, "好的，我这就去。"),
                (2, "小蓝，辛苦了。"), (3, "不辛苦，店长。"))
    assert ("Speaker 3", "alternateName", "小蓝") in got, got
