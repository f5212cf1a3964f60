"""订就订，我老詹开门做生意: the owner calling himself 老詹 names himself, so he is not barred from 老詹, 詹叔, 詹老板 that
the others call him (and 詹叔 does not go to his daughter); "我给我老周打个电话" (我 given something) names nobody."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_owner_calls_himself() -> None:
    got = facts((1, "两碗牛肉面！老詹，快点儿，饿死了。"), (2, "急什么，刚下锅。小杜，给三号桌倒茶。"), (3, "来了，詹叔。"),
                (1, "詹老板，你这店开多少年了？"), (2, "二十年了。我闺女就是在这后厨长大的。"), (4, "爸，房东又来催租了。"),
                (3, "詹叔，外面有人要订二十份盒饭。"), (2, "订就订，我老詹开门做生意，来者不拒。"))
    assert ("Speaker 2", "alternateName", "詹老板") in got and ("Speaker 2", "alternateName", "詹叔") in got, got
    assert not any(s == "Speaker 4" and p == "alternateName" for s, p, _ in got), got


def test_one_called_for_is_no_self() -> None:
    got = facts((1, "你帮我找一下老周。"), (2, "好，我给我老周打个电话。"), (3, "老周今天不在。"))
    assert not any(o == "老周" and s == "Speaker 2" for s, _, o in got), got
