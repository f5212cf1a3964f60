"""A name shouted with "your father calls you home" (赵小军！你爸喊你回来搬东西！, 小丽，你妈叫你回家吃饭！) calls one away: it
names neither the speaker before nor the one after (:func:`kg_memory.extract.sent_for.summoned`); one who answers it
("知道了") is there and bears it."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_shouted_home_names_no_speaker():
    got = names((1, "秀英，你去喊儿子回来帮忙，他在村口打牌呢。"), (2, "赵小军！你爸喊你回来搬东西！"), (3, "婶子，我也去帮忙吧。"))
    assert not any(n == "赵小军" for _, n in got)
    assert ("Speaker 2", "秀英") in got


def test_one_told_so_who_answers_still_bears_the_name():
    got = names((1, "刘敏，你爸叫你回家吃饭。"), (2, "知道了，马上走。"))
    assert ("Speaker 2", "刘敏") in got
