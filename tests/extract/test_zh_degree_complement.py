"""死 or 透 after a feeling says how much, never what: 我恨死了 and 我烦透了 hate nothing, 我爱死这道菜了 likes the dish
(not "死这道菜"), 我恨透了堵车 dislikes the traffic jams; 死亡金属 and 透明 stay what is liked."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_hating_it_to_death_names_nothing() -> None:
    got = facts((1, "他又放我鸽子了。"), (2, "我恨死了，他总这样。"), (1, "别生气。"))
    assert not any(p in ("dislikes", "likes") for _, p, _ in got), got


def test_loving_it_to_death_names_nothing() -> None:
    got = facts((1, "蛋糕好吃吗？"), (2, "我爱死了！"), (1, "那再来一块。"))
    assert not any(p in ("dislikes", "likes") for _, p, _ in got), got


def test_the_thing_after_the_degree() -> None:
    got = facts((1, "你平时吃什么？"), (2, "我爱死麻辣烫了，天天吃。"), (1, "我恨透了早高峰堵车。"))
    assert ("Speaker 2", "likes", "麻辣烫") in got, got
    assert ("Speaker 1", "dislikes", "早高峰堵车") in got, got
    assert not any(o.startswith(("死", "透")) for _, _, o in got), got


def test_death_metal_and_clear_things_stay() -> None:
    got = facts((1, "你听什么音乐？"), (2, "我喜欢死亡金属。"), (1, "我喜欢透明的手机壳。"))
    assert ("Speaker 2", "likes", "死亡金属") in got, got
    assert any(s == "Speaker 1" and p == "likes" and o.startswith("透明") for s, p, o in got), got
