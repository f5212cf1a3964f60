"""A department after "I'm NAME from" ("I'm Lou from Payroll", "I'm Dana from HR") is where in the workplace the speaker
works, no home town; a town there still is one ("I'm Bo from Leeds")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "department"), [
    ("Hi, I'm Lou from Payroll, I've got your forms.", "Payroll"),
    ("Morning! I'm Dana from HR, we emailed last week.", "HR"),
    ("I'm Vic from Customer Service.", "Customer Service"),
])
def test_a_department_after_from_is_no_hometown(line: str, department: str) -> None:
    found = facts((1, "Come in, the door's open."), (2, line), (1, "Great, take a seat."))
    assert ("Speaker 2", "hometown", department) not in found
    assert any(s == "Speaker 2" and p == "name" for s, p, _ in found)


def test_a_town_after_from_is_still_a_hometown() -> None:
    found = facts((1, "Come in, the door's open."), (2, "Hi, I'm Bo from Leeds, I'm here about the flat."),
                  (1, "Great, take a seat."))
    assert ("Speaker 2", "hometown", "Leeds") in found
