"""A relative's "'s" before a state is "is", and the one they are engaged or married to may come after the stop: "my
cousin's engaged!! to his girlfriend Priya" (engaged, partner Priya), "My brother's married! To a nurse." (married);
"To be honest" after "I'm engaged!" is no one."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "facts"), [
    ("my cousin's engaged!! to his girlfriend Priya", [("Ann's cousin", "maritalStatus", "engaged", False),
                                                           ("Ann's cousin", "partner", "Priya", False)]),
    ("My brother's married now.", [("Ann's brother", "maritalStatus", "married", False)]),
    ("my aunt's divorced!", [("Ann's aunt", "maritalStatus", "divorced", False)]),
])
def test_a_relatives_state(text: str, facts: list[tuple[str, str, str, bool]]) -> None:
    found = told(text)
    assert all(f in found for f in facts), found


def test_no_partner_from_a_phrase() -> None:
    assert not any(p == "partner" for _, p, _, _ in told("I'm engaged! To be honest I'm terrified."))
