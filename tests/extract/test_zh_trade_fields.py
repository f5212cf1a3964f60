"""One's trade said as a field one works in (我是做外贸的, 他是搞IT的, 我老婆是干财务的): the field is the job, as 我在做外贸;
a trade said by what one does (开出租车的) stays as said, and 做饭的, 做错的 are no trade."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "who", "job"), [
    ("我是做电商的。", "安娜", "电商"),
    ("我老婆是干财务的。", "安娜的老婆", "财务"),
    ("我哥是搞IT的。", "安娜的哥", "IT"),
    ("我一直是做物流的。", "安娜", "物流"),
    ("我舅舅是开货车的。", "安娜的舅舅", "开货车的"),
])
def test_the_field_is_the_job(text: str, who: str, job: str) -> None:
    assert (who, "jobTitle", job) in kept(text)


@pytest.mark.parametrize("text", ["我不是做电商的。", "我是做饭的时候想到的。", "这是做错的。"])
def test_no_trade(text: str) -> None:
    assert not {f for f in kept(text) if f[1] == "jobTitle"}
