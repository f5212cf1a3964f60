"""What one studied, said short: 学的临床医学 (as 学的是……), 学法律的 (as 是学法律的), 我大学在川大 (the school), 研究方向是计算机视觉 (a field,
where study is said); not 我学的很快, 我们的方向是对的."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我大学学的法律。", ("安娜", "fieldOfStudy", "法律")),
    ("我本科在武大。", ("安娜", "educatedAt", "武大")),
    ("我大学在厦大，学的会计。", ("安娜", "educatedAt", "厦大")),
    ("我大学在厦大，学的金融。", ("安娜", "fieldOfStudy", "金融")),
    ("我在读博，方向是材料科学。", ("安娜", "fieldOfStudy", "材料科学")),
    ("我的研究方向是计算机视觉。", ("安娜", "fieldOfStudy", "计算机视觉")),
    ("我表弟在读大二，学法律的。", ("安娜的表弟", "fieldOfStudy", "法律")),
])
def test_what_one_studied_said_short_is_read(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize("line", ["我学的很快。", "我们的方向是对的。", "公司的方向是做电商。", "我书在桌上。"])
def test_no_study_where_none_is_said(line: str) -> None:
    assert not any(p in ("fieldOfStudy", "educatedAt") for _, p, _ in kept(line)), kept(line)
