"""In-laws typed without hyphens are in-laws: "my brother in law lives in Ohio" is the brother-in-law's home, not a
brother's; "my sister in law school" is a sister at law school; "my mil", "my bil" are in-laws too."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "relative", "fact"), [
    ("my brother in law lives in Ohio", "Ann's brother-in-law", ("livesIn", "Ohio")),
    ("My son in law is a dentist.", "Ann's son-in-law", ("jobTitle", "dentist")),
    ("my father in law works at Boeing", "Ann's father-in-law", ("worksFor", "Boeing")),
    ("my Sister In Law is a vet lol", "Ann's sister-in-law", ("jobTitle", "vet")),
])
def test_an_in_law_typed_with_spaces_is_an_in_law(line: str, relative: str, fact: tuple[str, str]) -> None:
    got = kept(line)
    assert ("Ann", "relative", relative) in got
    assert (relative, *fact) in got
    assert not any(p == "sibling" or p == "child" or p == "parent" for _, p, _ in got)


def test_a_relative_at_law_school_is_no_in_law() -> None:
    got = kept("my sister in law school is so stressed")
    assert not any("in-law" in s or "in-law" in o for s, _, o in got)


@pytest.mark.parametrize(("line", "relative"), [("my mil is staying with us this week", "Ann's mil"),
                                                ("ugh my MIL again", "Ann's mil"),
                                                ("my bil is a cop", "Ann's bil")])
def test_an_in_law_typed_short_is_an_in_law(line: str, relative: str) -> None:
    assert ("Ann", "relative", relative) in kept(line), kept(line)
