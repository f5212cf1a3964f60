"""A well-known employer said with "in" after a job is the employer, not where one works: "I'm a cashier in Walmart",
"a barista in Starbucks rn"; a town there is still where ("a teacher in Tucson rn")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("line", "subject", "job", "employer"), [
    ("I'm a cashier in Walmart", "Ann", "cashier", "Walmart"),
    ("im a stocker in Costco rn", "Ann", "stocker", "Costco"),
    ("I'm a shift manager in McDonald's, it's fine", "Ann", "shift manager", "McDonald's"),
    ("my brother is a barista in Starbucks lol", "Ann's brother", "barista", "Starbucks"),
])
def test_a_known_employer_after_a_job_is_the_employer(line: str, subject: str, job: str, employer: str) -> None:
    got = kept(line)
    assert (subject, "jobTitle", job) in got
    assert (subject, "worksFor", employer) in got
    assert not any(p == "workLocation" for _, p, _ in got)


def test_a_town_after_a_job_and_a_chat_word_is_where_one_works() -> None:
    got = kept("I'm a teacher in Tucson rn")
    assert ("Ann", "workLocation", "Tucson") in got
    assert not any(p == "worksFor" for _, p, _ in got)


def test_the_chinese_name_is_the_same_employer() -> None:
    assert ("安娜", "worksFor", "沃尔玛") in kept("我在沃尔玛当收银员")
