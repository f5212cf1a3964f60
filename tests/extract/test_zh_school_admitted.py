"""A school got into is where one studies: 我女儿今年考上了浙江大学, 我被复旦大学录取了; not 没考上, 考上了研究生
(a level), 考上了公务员 (an exam)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "fact"), [
    ("我女儿今年考上了浙江大学。", ("安娜的女儿", "studiesAt", "浙江大学")),
    ("我儿子去年考进了清华。", ("安娜的儿子", "studiesAt", "清华")),
    ("我被复旦大学录取了！", ("安娜", "studiesAt", "复旦大学")),
    ("我女儿考上了杭州二中", ("安娜的女儿", "studiesAt", "杭州二中")),
])
def test_a_school_got_into_is_where_one_studies(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(line), kept(line)


@pytest.mark.parametrize("line", ["我没考上浙江大学。", "我考上了研究生", "我考上了公务员", "我想考上浙江大学"])
def test_no_school_where_none_was_got_into(line: str) -> None:
    assert not any(p == "studiesAt" for _, p, _ in kept(line)), kept(line)
