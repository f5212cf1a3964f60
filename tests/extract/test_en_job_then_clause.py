"""After a job and a comma, a clause of its own with its subject left out names no employer: "I'm a nurse, live in
Ohio with my husband" works for no husband; "(an engineer), been at Google for years" still names Google."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "job"), [
    ("I'm a nurse, live in Ohio with my husband", "nurse"),
    ("i'm a teacher, married with two kids", "teacher"),
    ("im a cashier, saving up for school", "cashier"),
    ("I work as a barista, mostly for the tips lol", "barista"),
    ("I'm a paramedic, going out with my girlfriend tonight", "paramedic"),
])
def test_a_clause_after_the_job_names_no_employer(line: str, job: str) -> None:
    got = kept(line)
    assert ("Ann", "jobTitle", job) in got
    assert not any(p == "worksFor" for _, p, _ in got)


@pytest.mark.parametrize(("line", "employer"), [
    ("I'm a data analyst, been at Spotify for 3 years", "Spotify"),
    ("I'm a nurse, currently at Mercy General", "Mercy General"),
    ("I'm a teacher at Lincoln High, married with two kids", "Lincoln High"),
    ("I work as a chef at the Ritz, love it", "Ritz"),
])
def test_the_employer_said_with_the_job_is_kept(line: str, employer: str) -> None:
    assert ("Ann", "worksFor", employer) in kept(line)
