""""Volunteers, grab a vest." - "Which color?": a call to a group by what its members are ("Judges", "Parents",
"Campers") names nobody; a person's name called the same way ("Jonah, grab a vest.") still does."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("group", ["Volunteers", "Parents", "Campers", "Judges", "Passengers"])
def test_a_group_called_by_what_they_are_is_nobody_s_name(group: str) -> None:
    found = names((2, f"Okay, that's the bell. {group}, grab a vest and wait by the door."),
                  (3, "Which color?"), (2, "Any color. Just grab one."), (3, "Got it."))
    assert not any(name == group for _, name in found), found


def test_a_name_called_the_same_way_still_names_the_one_answering() -> None:
    found = names((2, "Okay, that's the bell. Jonah, grab a vest and wait by the door."),
                  (3, "Which color?"), (2, "Any color. Just grab one."), (3, "Got it."))
    assert ("Speaker 3", "Jonah") in found, found
