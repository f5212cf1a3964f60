"""Where the speaker works, said as a gerund with no subject of its own: first, before a clause about the speaker
("working at a pharmacy , i see a lot of sick people"), or after a word that makes it the speaker's ("i'm too busy
working for the water company", "ended up working at a bookstore", "a day off from working at the zoo") (``worksFor``).
Not a general remark ("working at a bank sounds boring"), a wish or a feeling ("i'd hate working at a bank", "i love
working with kids"), a question, a town or a room ("working in paris", "in the garden"), nor someone else's work."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "place"), [
    ("working at a pharmacy , i see a lot of sick people", "pharmacy"),
    ("working in a steel mill , i come home filthy every day", "steel mill"),
    ("i'm too busy working for the water company to go out much", "water company"),
    ("after college i ended up working at a used bookstore", "used bookstore"),
    ("finally a day off from working at the aquarium", "aquarium"),
    ("i am stuck indoors working in a bank all summer", "bank"),
    ("im tired of working at the car wash", "car wash"),
])
def test_a_workplace_said_as_working_at(said: str, place: str) -> None:
    assert ("Ann", "worksFor", place, False) in told(said), told(said)


@pytest.mark.parametrize("said", [
    "working at a bank sounds boring",
    "i would hate working at a bank",
    "i love working with kids",
    "working at a zoo , would you like that ?",
    "i am working in paris this week",
    "i am busy working in the garden today",
    "my sister is busy working at the mall",
    "i wish i was working at a bakery",
])
def test_no_workplace_of_the_speaker(said: str) -> None:
    assert not any(p == "worksFor" and s == "Ann" for s, p, _, _ in told(said)), told(said)
