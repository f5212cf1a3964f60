"""A passion is a pastime only when it names one: "my true passion is ocean conservation", "my passion is chocolate",
"my real passion is the planetarium" are loved (``likes``), no hobby; "my passion is knitting", "my real passion is
ballet", "my passions are soccer and baking" stay hobbies, and "my hobby is cars" stays a hobby."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "thing"), [
    ("my true passion is ocean conservation", "ocean conservation"),
    ("my passion is chocolate lol", "chocolate"),
    ("my real passion is the planetarium", "planetarium"),
    ("my biggest passion is animal welfare", "animal welfare"),
])
def test_a_thing_loved_is_no_hobby(said: str, thing: str) -> None:
    found = told(said)
    assert ("Ann", "likes", thing, False) in found, found
    assert not any(p == "hobby" for _, p, _, _ in found), found


@pytest.mark.parametrize(("said", "hobbies"), [
    ("my passion is knitting", {"knitting"}),
    ("my real passion is ballet", {"ballet"}),
    ("my passions are soccer and baking", {"soccer", "baking"}),
    ("my hobby is cars", {"cars"}),
    ("my passion is helping kids", {"helping kids"}),
])
def test_a_pastime_stays_a_hobby(said: str, hobbies: set[str]) -> None:
    assert {o for _, p, o, _ in told(said) if p == "hobby"} == hobbies, told(said)


@pytest.mark.parametrize("said", [
    "my sister's passion is animal rights",
    "is your passion chocolate ?",
    "my passion is not chocolate",
])
def test_nothing_of_mine(said: str) -> None:
    assert not any(s == "Ann" and p in ("likes", "hobby") for s, p, _, _ in told(said)), told(said)
