""""can't wait" after a start to come is a word of feeling, no negation: "I'm starting at Pfizer in July, can't wait!"
gives the employer (:mod:`kg_memory.extract.english.starting_at`). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("line, org", [
    ("I'm starting at Medtronic in July, can't wait!", "Medtronic"),
    ("i start at Deloitte next week, cannot wait", "Deloitte"),
    ("I'm starting at a law firm in the fall, can't wait!!", "law firm"),
    ("I start at Stripe on Monday, fingers crossed.", "Stripe"),
])
def test_a_start_with_cant_wait_after_it_is_the_employer(line, org):
    assert ("Ann", "worksFor", org) in kept(line)


@pytest.mark.parametrize("line, org", [
    ("I'm not starting at Medtronic in July, can't wait to tell them.", "Medtronic"),
    ("I can't start at Medtronic in July.", "Medtronic"),
    ("I'm starting at Medtronic in July, can't wait to quit.", "Medtronic"),
])
def test_a_start_denied_or_a_wait_for_something_else_gives_nothing(line, org):
    assert ("Ann", "worksFor", org) not in kept(line)
