"""Forms of one name count together when naming speakers known only as "Speaker N" (kg_memory/extract/speaker_vote.py):
"Rach" and "Rachel", "Pheebs" and "Phoebe" are one person's names, so a short form called once in a group goes to the one
the full name was called on; a different name with the same first letters ("Phil") stays a name of its own.

Invented talk of three or more people.
"""

from __future__ import annotations

import pytest

from kg_memory.extract.speaker_vote import same_name
from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("full, short", [
    ("Phoebe", "Pheebs"),
    ("Rachel", "Rach"),
])
def test_a_short_form_called_once_in_a_group_joins_the_full_name(full: str, short: str) -> None:
    got = names((1, f"{full}, did you bring the guitar?"), (2, "Of course I did."), (3, "Great, we can start."),
                (1, f"{short}, you go first."), (2, "Okay!"))
    assert got == {("Speaker 2", full), ("Speaker 2", short)}


def test_another_name_with_the_same_first_letters_stays_unsure() -> None:
    got = names((1, "Phoebe, did you bring the guitar?"), (2, "Of course I did."), (3, "Great, we can start."),
                (1, "Phil, you go first."), (2, "Okay!"))
    assert got == {("Speaker 2", "Phoebe")}


@pytest.mark.parametrize("a, b, same", [
    ("Mon", "Monica", True),
    ("Joey", "Joe", True),
    ("Pheebs", "Phoebe", True),
    ("Rachael", "Rachel", True),
    ("Ray", "Rachel", False),
    ("Emma", "Emily", False),
    ("Mark", "Marcel", False),
    ("Phil", "Phoebe", False),
])
def test_forms_of_one_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same
