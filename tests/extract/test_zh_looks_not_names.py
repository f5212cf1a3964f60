"""Words for how someone looks, shouted or said to them (尤物！, 小帅哥，你几岁了？, 大美女！), are terms of address, no
names of the one who answers; a name said the same way still is."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_looks_said_to_someone_are_no_names() -> None:
    got = facts((1, "哇，你今天打扮得真漂亮！尤物！尤物？"), (2, "少来了，快进来。"), (1, "小帅哥，你几岁了？"), (2, "我五岁了。"),
                (1, "大美女！好久不见！"), (2, "你也是，越来越年轻了。"))
    assert not any(p in ("name", "alternateName") for _, p, _ in got), got
    assert ("Speaker 2", "addressedAs", "小帅哥") in got, got


def test_a_name_said_the_same_way_stays() -> None:
    got = facts((1, "晓燕！好久不见！"), (2, "你也是，越来越年轻了。"))
    assert ("Speaker 2", "alternateName", "晓燕") in got, got
