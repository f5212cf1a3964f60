"""Schooled at home is where one studies: "I'm homeschooled", "i am being home schooled", "i go to homeschool" study
at homeschool (nothing was stored); "I was homeschooled" was educated there; "my twins are homeschooled" study there.
A question, a denial or parents who homeschool ("we homeschool our kids") store no schooling of the speaker."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "predicate"), [
    ("I'm homeschooled.", "Ann", "studiesAt"),
    ("i am being home schooled this year", "Ann", "studiesAt"),
    ("i go to homeschool but play soccer with the public school", "Ann", "studiesAt"),
    ("I was homeschooled until tenth grade.", "Ann", "educatedAt"),
    ("My twins are homeschooled.", "Ann's twins", "studiesAt"),
])
def test_schooled_at_home(said: str, who: str, predicate: str) -> None:
    found = told(said)
    assert (who, predicate, "homeschool", False) in found, found


@pytest.mark.parametrize("said", [
    "Were you homeschooled?",
    "i was not homeschooled",
    "We homeschool our kids.",
    "I'm not homeschooled, I go to a public school.",
])
def test_no_homeschool_for_the_speaker(said: str) -> None:
    assert not any(s == "Ann" and o == "homeschool" for s, _, o, _ in told(said)), told(said)
