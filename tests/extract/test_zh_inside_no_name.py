"""库里还有三十个: a storeroom (a box, a shop) and 里 before what is in it opens no clause about a person named 库里,
so a later 她 finds nobody there; 库里 said as a player's name still is one."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_storeroom_is_no_person() -> None:
    got = facts((1, "小周，看看还有多少纸箱。"), (2, "姐，库里还有三十个，够用了。"),
                (3, "那就好。她在建设银行上班，你们送过去吧。"))
    assert not any("库里" in (s, o) for s, _, o in got), got


def test_a_box_is_no_person() -> None:
    got = facts((1, "钥匙呢？"), (2, "柜里只有一把，另一把她拿走了。她在邮局上班。"))
    assert not any(s.endswith("里") for s, _, _ in got), got


def test_the_player_is_still_named() -> None:
    assert ("库里", "jobTitle", "球员") in facts((1, "你喜欢谁？"), (2, "库里是我最喜欢的球员。"))
