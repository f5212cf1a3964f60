""""He" or "she" after two people of that sex named in the same turn is unsure when a rule recorded the first but not
the second: "Kyle is old news. The new one is Marcus. He's a paramedic." gave Kyle the job. One person named, or the
pronoun before the second name, still gives the fact to the one named."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, wrong", [
    ("Kyle is history, girl. Now I'm seeing Marcus. He's a paramedic.", ("Kyle", "jobTitle", "paramedic")),
    ("Brenda is old news. The new one is Claire. She's a dentist, can you believe it?", ("Brenda", "jobTitle", "dentist")),
])
def test_a_later_name_of_that_sex_in_the_turn_makes_the_pronoun_unsure(line: str, wrong: tuple[str, str, str]) -> None:
    found = facts((1, "So who are you bringing to the party?"), (2, line), (3, "Good for you."))
    assert wrong not in found


@pytest.mark.parametrize("line, right", [
    ("Kyle is my cousin. He's a paramedic.", ("Kyle", "jobTitle", "paramedic")),
    ("My sister Brenda called Mom. She's a dentist now.", ("Brenda", "jobTitle", "dentist")),
])
def test_one_person_of_that_sex_named_still_gets_the_fact(line: str, right: tuple[str, str, str]) -> None:
    found = facts((1, "So who are you bringing to the party?"), (2, line), (3, "Good for you."))
    assert right in found
