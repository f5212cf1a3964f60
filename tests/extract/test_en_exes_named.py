"""A partner the speaker parted from, named in the next sentence ("I split up with my girlfriend. Her name was Noor.",
"My ex-husband texted me today. His name's Victor."): the relation with the one named ended; a name that fits
someone else, a supposition or a question names none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("text", "ended"), [
    ("I split up with my girlfriend in March. Her name was Noor.", ("Ann", "partner", "Noor")),
    ("I finally left my fiancé. His name is Arturo.", ("Ann", "partner", "Arturo")),
    ("My ex-husband texted me today. His name's Victor.", ("Ann", "spouse", "Victor")),
    ("My ex moved to Tampa with the kids. She's called Renata.", ("Ann", "partner", "Renata")),
])
def test_the_one_parted_from_is_named(text: str, ended: tuple[str, str, str]) -> None:
    facts = told(text)
    assert (*ended, True) in facts, facts
    assert not any(s == o == "Ann" and ended for s, _, o, ended in facts), facts  # no ending of every partner beside


@pytest.mark.parametrize("text", [
    "I split up with my girlfriend. His name is Omar.",  # "his": no girlfriend
    "My ex's new boyfriend called me. His name is Omar.",
    "If I left my husband tomorrow. His name is Omar.",
    "Should I break up with my boyfriend? His name is Omar.",
])
def test_no_one_parted_from_is_named(text: str) -> None:
    facts = told(text)
    assert not any(o == "Omar" and p in ("partner", "spouse") and s == "Ann" for s, p, o, _ in facts), facts
