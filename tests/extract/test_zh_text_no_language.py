"""韩老师说论文不过就别想答辩 / 周老师说作文: a text talked of (论文, 作文, 课文) is no language spoken, as 英文, 法文 and
韩文 are."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["韩老师说论文不过就别想答辩。", "周老师说作文，不说别的。"])
def test_a_text_is_no_language(line: str) -> None:
    got = facts((1, "你导师怎么说？"), (2, line))
    assert not any(p == "speaks" for _, p, _ in got), got


def test_a_written_language_is_still_spoken() -> None:
    got = facts((1, "你会什么？"), (2, "我会说英文，也会讲一点韩文。"))
    assert ("Speaker 2", "speaks", "英文") in got and ("Speaker 2", "speaks", "韩文") in got, got
