"""老公 / 老婆 called in a group, between two others: the spouse is the one of them who, near the call, speaks of or calls
a spouse of the caller's kind (a wife's 老公 says 我老婆 or calls 老婆; a husband's 老婆 says 我老公); nobody where both
or neither do, or where the one near speaks of a spouse of the caller's own kind."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _married(got: set, a: str, b: str) -> bool:
    return (a, "spouse", b) in got or (b, "spouse", a) in got


@pytest.mark.parametrize(("lines", "pair"), [
    (((1, "这家店的招牌菜是酸菜鱼。"), (2, "老公，你帮我把菜单拿过来。"), (3, "给，我老婆就爱吃辣的。")),
     ("Speaker 2", "Speaker 3")),
    (((1, "我老公昨天又把钥匙弄丢了。"), (3, "他一直这样。"), (2, "老婆，钥匙在你包里吗？"), (1, "在呢，别急。")),
     ("Speaker 2", "Speaker 1")),
    (((3, "师傅，空调再开大点。"), (1, "媳妇，你冷不冷？"), (2, "还行。"), (3, "我老公就是怕热。")),
     ("Speaker 1", "Speaker 3")),
])
def test_a_spouse_called_in_a_group_is_the_one_near_who_speaks_of_one(lines: tuple[tuple[int, str], ...],
                                                                         pair: tuple[str, str]) -> None:
    got = facts(*lines)
    assert _married(got, *pair), got


@pytest.mark.parametrize("lines", [
    ((1, "我老婆今天加班。"), (2, "老公，你饿不饿？"), (3, "我老婆也加班。")),
    ((1, "我老公也这样。"), (2, "老公，你快点！"), (3, "来了来了。")),
    ((1, "今天人真多。"), (2, "老公，你快点！"), (3, "来了来了。")),
])
def test_nobody_where_both_neither_or_the_wrong_kind_speak_of_a_spouse(lines: tuple[tuple[int, str], ...]) -> None:
    got = facts(*lines)
    assert not any(_married(got, "Speaker 2", other) for other in ("Speaker 1", "Speaker 3")), got
