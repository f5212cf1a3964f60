"""Fish and no other meat is a pescatarian diet: 我现在只吃鱼不吃肉, 我老婆只吃海鲜，不吃别的肉; 我只吃素 is vegetarian; 我不是只吃鱼不吃肉
is neither."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "who", "diet"), [
    ("我现在只吃鱼不吃肉。", "安娜", "pescatarian"), ("我老婆只吃海鲜，不吃别的肉。", "安娜的老婆", "pescatarian"),
    ("我现在只吃素。", "安娜", "vegetarian"),
])
def test_a_diet(said: str, who: str, diet: str) -> None:
    assert (who, "diet", diet) in kept(said), kept(said)


def test_denied() -> None:
    assert not any(p == "diet" for _, p, _ in kept("我不是只吃鱼不吃肉，只是最近不想吃。"))
