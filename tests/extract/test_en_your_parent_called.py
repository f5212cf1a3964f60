""""Priya, your mother is at the front desk." - "Mom! I'm over here!": the one who spoke of "your mother" is not the
mother the next turn calls (she is someone the turns do not show as a speaker); "Dinner's on the table." - "Coming,
Mom!" still makes the one before the mother, and so does "Your father called." - "Thanks, Mom." (the other parent)."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("before", "call"), [
    ("Priya, your mother is at the front desk.", "Mom! I'm over here!"),
    ("Owen, your dad's car just pulled up outside.", "Dad! Over here!"),
    ("Lina, your grandma is waving at you from the bleachers.", "Hi, Grandma!"),
])
def test_who_spoke_of_your_parent_is_not_the_parent(before: str, call: str) -> None:
    said = facts((1, before), (2, call), (3, "She can't hear you from there."))
    assert not any(s == "Speaker 2" and o == "Speaker 1" and p in ("parent", "relative") for s, p, o in said), said


@pytest.mark.parametrize(("before", "call"), [
    ("Dinner's on the table, Priya.", "Coming, Mom!"),
    ("Your father called, he's running late again.", "Thanks, Mom."),
])
def test_the_one_called_is_still_the_parent(before: str, call: str) -> None:
    said = facts((1, before), (2, call), (3, "I'll set the table."))
    assert ("Speaker 2", "parent", "Speaker 1") in said, said
