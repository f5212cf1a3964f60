"""Chinese said without its 是 or with the years had: 我98年的 (born in 1998, as 我是98年的), 我生日五月十二号 (as 我生日是
五月十二号), 高血压好多年了 (an illness had, as 我有高血压); not 我生日那天…, 我好多年了."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我03年的。", ("安娜", "birthYear", "2003")),
    ("我九二年的，属猴。", ("安娜", "birthYear", "1992")),
    ("我生日五月十二号。", ("安娜", "birthday", "--05-12")),
    ("我姐生日十月一号。", ("安娜的姐", "birthday", "--10-01")),
    ("我爸糖尿病十几年了。", ("安娜的爸", "trait", "糖尿病")),
    ("我哮喘好多年了。", ("安娜", "trait", "哮喘")),
])
def test_what_is_said_without_shi_is_read(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize(("line", "wrong"), [
    ("我生日那天去了北京。", "birthday"),
    ("我生日快到了。", "birthday"),
    ("我哮喘没好多年了。", "trait"),
    ("我不是98年的。", "birthYear"),
])
def test_nothing_is_read_where_none_is_said(line: str, wrong: str) -> None:
    assert not any(p == wrong for _, p, _ in kept(line)), kept(line)
