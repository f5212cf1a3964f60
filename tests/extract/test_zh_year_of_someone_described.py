"""我们班主任是个女老师，八九年的: the year belongs to the one just described, not to the speaker; 我是个小姑娘，九五年的
and 我是九五年的 still give the speaker's birth year."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line", ["我们班主任是个女老师，八九年的，特别凶。", "他们主管是一位大哥，七八年的，脾气挺好。"])
def test_the_year_is_the_described_ones(line: str) -> None:
    got = facts((1, "你们那儿怎么样？"), (2, line))
    assert not any(s == "Speaker 2" and p == "birthYear" for s, p, _ in got), got


@pytest.mark.parametrize("line", ["我是个小姑娘，九五年的。", "我是九五年的。"])
def test_the_speakers_own_year(line: str) -> None:
    got = facts((1, "你多大？"), (2, line))
    assert ("Speaker 2", "birthYear", 1995) in got or ("Speaker 2", "birthYear", "1995") in got, got
