"""A call of 爸 or 妈 in a group that asks nothing is said to the one who answers it as the parent, calling the caller
back as a child ("妈，门口的灯又不亮了。" - "……儿子，你去买个灯泡。") or speaking of them so ("爸，票我取好了。" - "好，
这是我儿子，……"), not to the one who spoke before the call."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def _parents(got: set[tuple[str, str, str]], child: str) -> set[str]:
    return {o for s, p, o in got if s == child and p == "parent" and o.startswith("Speaker")}


def test_the_parent_calls_the_son_back() -> None:
    got = facts((1, "这个月的电费该交了。"), (2, "我下午就去交。"), (3, "妈，门口的灯又不亮了。"),
                (1, "真是的，一天到晚修不完。儿子，你去买个灯泡。"))
    assert _parents(got, "Speaker 3") == {"Speaker 1"}, got


def test_the_parent_calls_the_daughter_back_after_another() -> None:
    got = facts((4, "排了好久了。"), (2, "是啊，前面还有十几个。"), (3, "爸，号我拿到了。"),
                (1, "闺女，你先坐这儿歇会儿。"), (2, "这孩子真懂事。"))
    assert _parents(got, "Speaker 3") == {"Speaker 1"}, got


def test_the_parent_speaks_of_the_daughter() -> None:
    got = facts((1, "这车几点发？"), (2, "八点。"), (3, "妈，我买了两个面包。"), (4, "行，这是我闺女，刚放寒假。"))
    assert _parents(got, "Speaker 3") == {"Speaker 4"}, got


def test_a_son_spoken_of_is_no_answer() -> None:
    got = facts((1, "这车几点发？"), (2, "八点。"), (3, "爸，票我取好了。"), (4, "我儿子也老这样，丢三落四的。"))
    assert "Speaker 4" not in _parents(got, "Speaker 3"), got


def test_a_call_of_a_brother_is_not_read_so() -> None:
    got = facts((1, "这车几点发？"), (2, "八点。"), (3, "哥，票我取好了。"), (4, "儿子，你也去取吧。"))
    assert "Speaker 4" not in _parents(got, "Speaker 3"), got
