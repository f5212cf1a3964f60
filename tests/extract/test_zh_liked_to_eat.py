"""What one likes to eat, drink or watch, named after 的: 你喜欢吃的饺子 likes 饺子 (not "吃的饺子"), 我喜欢喝的是奶茶
and 我喜欢的运动是羽毛球 like 奶茶 and 羽毛球, 我最爱看的电影是《霸王别姬》 is the favourite; 我喜欢吃的东西很多 and
我喜欢的人是小周 like no thing."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_dish_after_liked_to_eat() -> None:
    got = facts((1, "晚上吃什么？"), (2, "你喜欢吃的饺子！我包了一下午。"), (1, "太好了。"))
    assert ("Speaker 1", "likes", "饺子") in got, got
    assert not any(o.startswith("吃的") for _, _, o in got), got


def test_what_is_liked_after_shi() -> None:
    got = facts((1, "我喜欢喝的是奶茶。"), (2, "我喜欢的运动是羽毛球。"), (1, "我最爱看的电影是霸王别姬。"))
    assert ("Speaker 1", "likes", "奶茶") in got, got
    assert ("Speaker 2", "likes", "羽毛球") in got, got
    assert ("Speaker 1", "favorite", "霸王别姬") in got, got


def test_no_thing_named() -> None:
    got = facts((1, "你挑食吗？"), (2, "不挑，我喜欢吃的东西很多。"), (1, "我喜欢的人是小周。"), (2, "我最喜欢的是你。"))
    assert not any(p in ("likes", "favorite") for _, p, _ in got), got


def test_a_habit_not_done_is_no_habit() -> None:
    got = facts((1, "小林从前每星期六夜里都不睡觉，等着看球。"), (1, "我每星期六夜里都不睡觉。"), (2, "我每天晚上都跑步。"))
    assert not any(p == "habit" and o.startswith(("不", "夜里")) for _, p, o in got), got
    assert ("Speaker 2", "habit", "跑步") in got, got
