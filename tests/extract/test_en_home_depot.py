"""An employer whose name begins with "home" is an employer, not working from home: "I work at Home Depot" works for
Home Depot (it stored workLocation "home"), "my dad works for home depot" too (it stored nothing); "I work at home",
"I work from home as an editor" are still where one works."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "who", "employer"), [
    ("I work at Home Depot.", "Ann", "Home Depot"),
    ("i work at home depot on weekends", "Ann", "home depot"),
    ("my dad works for home depot", "Ann's dad", "home depot"),
    ("My sister works at Home Goods.", "Ann's sister", "Home Goods"),
])
def test_the_employer_named_home(said: str, who: str, employer: str) -> None:
    found = told(said)
    assert (who, "worksFor", employer, False) in found, found
    assert not any(p == "workLocation" and o == "home" for _, p, o, _ in found), found


@pytest.mark.parametrize(("said", "job"), [
    ("I work at home.", None),
    ("i work from home as an editor", "editor"),
    ("I mostly work from home these days.", None),
])
def test_working_at_home_still_read(said: str, job: str | None) -> None:
    found = told(said)
    assert ("Ann", "workLocation", "home", False) in found, found
    assert not any(p == "worksFor" for _, p, _, _ in found), found
    if job:
        assert ("Ann", "jobTitle", job, False) in found, found


def test_an_employer_left() -> None:
    found = told("i don't work at home depot anymore")
    assert ("Ann", "worksFor", "home depot", True) in found, found
    assert not any(p == "workLocation" for _, p, _, _ in found), found
