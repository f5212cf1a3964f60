"""A faith said short after 信: 我信佛 (Buddhist), 我信主 / 我信耶稣 (Christian); not 我不信佛, 信佛山的朋友."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我信佛。", ("安娜", "religion", "Buddhist")),
    ("我信主。", ("安娜", "religion", "Christian")),
    ("我信耶稣", ("安娜", "religion", "Christian")),
    ("我妈妈信佛", ("安娜的妈妈", "religion", "Buddhist")),
])
def test_a_faith_said_short(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line)


@pytest.mark.parametrize("line", ["我不信佛。", "我信佛山的朋友。", "我信主意不错"])
def test_no_faith_where_none_is_held(line: str) -> None:
    assert not any(p == "religion" for _, p, _ in kept(line)), kept(line)
