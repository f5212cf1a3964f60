"""Those the user lives with, counted and then named ('I share an apartment with two roommates, Kev and Sarah'): each
one named is a roommate, as 'I have two roommates, Kev and Sarah' gives."""

from __future__ import annotations

from tests.extract.dialogue_facts import kept, told


def test_roommates_counted_then_named() -> None:
    facts = kept("I share a flat with two flatmates, Priya and Tom.")
    assert {("Ann", "roommate", "Priya"), ("Ann", "roommate", "Tom")} <= facts
    assert {("Ann", "roommate", "Jo"), ("Ann", "roommate", "Sam")} <= kept("I live with two roommates named Jo and Sam.")
    assert ("Ann", "roommate", "Priya", True) in told("I used to live with two roommates, Priya and Tom.")  # once
    assert not any(p == "roommate" for _, p, _ in kept("I don't live with two roommates, Priya and Tom."))
    assert not any(p == "roommate" for _, p, _ in kept("I live with two roommates."))  # nobody named
