"""Chinese: a drink one does not take is one disliked, as a food not eaten (我不吃辣) and "I don't drink coffee":
我不喝咖啡, 我从来不喝奶茶, 我老公不太喝碳酸饮料; not 我没喝咖啡 (once), 我不能喝咖啡, 我不喝水, and 我不喝酒 stays a
trait."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "who", "drink"), [
    ("我不喝咖啡，一喝就睡不着", "安娜", "咖啡"),
    ("我从来不喝奶茶", "安娜", "奶茶"),
    ("我老公不太喝碳酸饮料", "安娜的老公", "碳酸饮料"),
    ("我女儿不喝牛奶", "安娜的女儿", "牛奶"),
])
def test_a_drink_not_taken_is_disliked(line: str, who: str, drink: str) -> None:
    assert (who, "dislikes", drink) in kept(line)


@pytest.mark.parametrize("line", ["我今天没喝咖啡", "我不能喝咖啡", "我不喝水", "我不敢喝咖啡", "我不喝酒"])
def test_no_dislike(line: str) -> None:
    assert not any(p == "dislikes" for _, p, _ in kept(line))


def test_wine_not_drunk_is_still_a_trait() -> None:
    assert ("安娜", "trait", "不喝酒") in kept("我不喝酒")
