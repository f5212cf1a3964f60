"""Where the speaker works or lives, said in a relative clause after the place: "at Brightwater Clinic, where I work
as a receptionist" (worksFor), "for my firm, Halden & Roe, where I'm the office manager" (worksFor), "in Tulsa,
which is where I work" (workLocation), "out of Spokane, which is where I live" (livesIn). Not a place with no name
("the bakery, where I work"), not a question, not study ("Oxford, where I'm a student"), not someone else's
clause ("where she works")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "fact"), [
    ("Can you fix this spreadsheet formula? It's for the rota at Brightwater Clinic, where I work as a receptionist.",
     ("Ann", "worksFor", "Brightwater Clinic", False)),
    ("Draft a memo for my firm, Halden & Roe, where I'm the office manager.", ("Ann", "worksFor", "Halden & Roe", False)),
    ("Our wifi at Corvel Labs, where I work, keeps dropping, any ideas?", ("Ann", "worksFor", "Corvel Labs", False)),
    ("Book me a hotel near the convention center in Tulsa, which is where I work.",
     ("Ann", "workLocation", "Tulsa", False)),
    ("Find me a train to Seattle out of Spokane, which is where I live.", ("Ann", "livesIn", "Spokane", False)),
])
def test_a_place_before_where_i_work_or_live(said: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(said), told(said)


@pytest.mark.parametrize("said", [
    "I left my keys at the bakery, where I work.",
    "Is that near Corvel Labs, where I work?",
    "I moved to Oxford, where I'm a student.",
    "She got a job at Brightwater Clinic, where she works nights.",
    "We ate at Nando's, where I worked out the plan.",
])
def test_no_employer_of_the_speaker(said: str) -> None:
    assert not any(p in ("worksFor", "workLocation") for _, p, _, _ in told(said)), told(said)
