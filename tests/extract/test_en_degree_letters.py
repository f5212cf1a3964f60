"""A degree said by its letters is a degree: "I got my BA in history at Rutgers" (a BA in history, at Rutgers), "I'm
finishing my MS in statistics", "I have a JD from Georgetown"; the letters in lower case are other words ("that's
total bs", "my ma called")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "degree", "where"), [
    ("I got my BA in philosophy at Tulane.", "BA in philosophy", "Tulane"),
    ("I'm finishing my MS in statistics this spring.", "MS in statistics", None),
    ("My wife has a JD from Georgetown.", "JD", "Georgetown"),
])
def test_a_degree_by_its_letters(said: str, degree: str, where: str | None) -> None:
    found = told(said)
    assert any(p == "degree" and o == degree for _, p, o, _ in found), found
    if where is not None:
        assert any(p == "educatedAt" and o == where for _, p, o, _ in found), found


@pytest.mark.parametrize("said", ["that's total bs, honestly", "my ma called me twice today"])
def test_lower_case_letters_are_no_degree(said: str) -> None:
    assert not any(p == "degree" for _, p, _, _ in told(said))
