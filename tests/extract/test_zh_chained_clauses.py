"""A change done and then what the subject does since, with no pause between (我舅舅去年退休了住在青岛): both read, as
when the speaker pauses (退休了，住在青岛); a time or a particle after 了 (毕业了三年) starts no clause."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept, told


@pytest.mark.parametrize(("text", "fact"), [
    ("我舅舅前年退休了住在青岛。", ("安娜的舅舅", "livesIn", "青岛")),
    ("我姑姑离婚了搬到了昆明。", ("安娜的姑姑", "livesIn", "昆明")),
    ("我表哥毕业了在深圳工作。", ("安娜的表哥", "workLocation", "深圳")),
    ("我们老板回国了住在苏州。", ("安娜的老板", "livesIn", "苏州")),
])
def test_the_later_clause_is_read(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text)


def test_the_change_is_read_too() -> None:
    assert any(p == "worksFor" and ended for _, p, _, ended in told("我舅舅前年退休了住在青岛。"))


@pytest.mark.parametrize("text", ["我表哥毕业了三年了。", "我舅舅退休了好几年。"])
def test_a_time_after_the_change_is_no_clause(text: str) -> None:
    assert not {f for f in kept(text) if f[1] in ("livesIn", "workLocation")}
