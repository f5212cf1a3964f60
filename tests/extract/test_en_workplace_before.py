"""A workplace with no name said just before the speaker's "i work at" or "where i work" is where they work:
"the bakery i work at", "the warehouse that i work in", "the ranch i work on", "the pharmacy where i am employed",
"kroger is where i work" (``worksFor``). Not when, with whom or on what one works ("the shifts i work", "the people i
work with", "the bikes i work on"), not a workout ("the gym where i work out"), not someone else's workplace, not a
question, and not a place that names no employer ("the town where i work")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("ugh, the bakery i work at ran out of flour again", "bakery"),
    ("it gets so loud in the warehouse that i work in .", "warehouse"),
    ("we wake up at five on the ranch i work on", "ranch"),
    ("the pharmacy where i am employed closes early on sundays", "pharmacy"),
    ("kroger is where i work", "kroger"),
    ("i lift patients all day at the care home where i work .", "care home"),
    ("i want to be a supervisor at the mill that i work at some day", "mill"),
    ("my shift at the diner where i work starts at six .", "diner"),
    ("i rode my bike to walgreens where i work it was raining", "walgreens"),
])
def test_a_workplace_before_i_work(said: str, place: str) -> None:
    assert ("Ann", "worksFor", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "the shifts i work are brutal",
    "you can use the printer where i actually work, it is faster",
    "the people i work with are lovely",
    "i fix up the old bikes that i work on in the garage",
    "the gym where i work out is packed today",
    "my brother hates the hardware store he works at",
    "is that the bakery where i work ?",
    "the town where i work has one traffic light",
    "that is where i work",
    "home is where i work these days",
])
def test_no_workplace_of_the_speaker(said: str) -> None:
    assert not any(p == "worksFor" for _, p, _, _ in told(said)), told(said)


@pytest.mark.parametrize("said", [
    "the building i work in has no windows and it is driving me nuts",
    "The building we work in is older than my grandma.",
    "the floor that i work on smells like burnt popcorn",
    "our department where i work got a new printer",
])
def test_a_part_of_some_workplace_names_no_employer(said: str) -> None:
    """A building, a floor or a department is where the work is, not who it is for."""
    assert not any(p == "worksFor" for _, p, _, _ in told(said)), told(said)


@pytest.mark.parametrize(("said", "place"), [
    ("the post office i work at is short two carriers", "post office"),
    ("the dental office where i work opens at seven", "dental office"),
])
def test_a_kind_of_office_is_still_a_workplace(said: str, place: str) -> None:
    assert ("Ann", "worksFor", place, False) in told(said), told(said)


@pytest.mark.parametrize(("said", "place"), [
    ("the post office i work at closes early on fridays", "post office"),
    ("the bakery i work at is hiring again", "bakery"),
    ("the diner that i work in has the best pie", "diner"),
])
def test_the_verb_after_a_workplace_is_no_second_employer(said: str, place: str) -> None:
    """"the post office i work at closes early": the post office, and no employer called "closes early"."""
    employers = {o for _, p, o, _ in told(said) if p == "worksFor"}
    assert employers == {place}, employers


def test_a_named_employer_is_still_read() -> None:
    assert ("Ann", "worksFor", "Target", False) in told("i work at Target")
