"""A break-up said with "me and": "Me and my boyfriend broke up", "Joey and me split up", "me and my husband got
divorced" end the partner (or spouse), whoever or named; "Me and my boyfriend went to Paris" ends nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import after, kept, told


@pytest.mark.parametrize(("line", "ended"), [
    ("Me and my boyfriend broke up.", ("Ann", "partner", "Ann")),
    ("me and my gf broke up last month", ("Ann", "partner", "Ann")),
    ("My boyfriend and me split up.", ("Ann", "partner", "Ann")),
    ("Me and Joey broke up.", ("Ann", "partner", "Joey")),
    ("Joey and me split up.", ("Ann", "partner", "Joey")),
    ("me and my boyfriend Joe broke up", ("Ann", "partner", "Joe")),
    ("Me and my husband got divorced in 2019.", ("Ann", "spouse", "Ann")),
])
def test_a_break_up_said_with_me_and_ends_the_partner(line: str, ended: tuple[str, str, str]) -> None:
    assert (*ended, True) in told(line), told(line)
    assert not any(p == "partner" for _, p, _ in kept(line)), kept(line)


def test_the_partner_stored_before_closes() -> None:
    now, closed = after("My boyfriend Joe is a chef.", "Me and my boyfriend broke up.", "partner", "Ann")
    assert now == set() and "Joe" in closed


@pytest.mark.parametrize("line", ["Me and my boyfriend went to Paris.", "Me and my boyfriend didn't break up."])
def test_no_ending_where_none_is_said(line: str) -> None:
    assert not any(ended for *_, ended in told(line)), told(line)
