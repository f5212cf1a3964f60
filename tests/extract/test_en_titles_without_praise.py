"""A word that judges or stresses how someone does a job is no part of the job: "he's a real manager now" tells a
manager, "a proper chef" a chef, "an actual doctor" a doctor; a job whose name holds such a word keeps it ("a real
estate agent")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, kept


@pytest.mark.parametrize(("line", "subject", "job"), [
    ("My uncle Pete is a proper chef, he trained in Lyon.", "Pete", "chef"),
    ("My cousin Lena is an actual doctor now.", "Lena", "doctor"),
    ("I'm a serious painter, not a hobbyist.", "Ann", "painter"),
])
def test_praise_before_a_job_is_left_off(line: str, subject: str, job: str) -> None:
    got = kept(line)
    assert (subject, "jobTitle", job) in got
    assert not any(p == "jobTitle" and o != job for s, p, o in got if s == subject)


def test_praise_told_of_a_boss_is_left_off() -> None:
    got = facts((1, "And how is your boss these days?"), (2, "Oh, he's a real manager now."))
    assert ("Speaker 2's boss", "jobTitle", "manager") in got


def test_a_job_named_with_such_a_word_keeps_it() -> None:
    from kg_memory.extract.title_praise import bare_titles
    from kg_memory.types import Entity, Fact

    ann = Entity("Ann", "Person")
    kept_titles = [f.object for f in bare_titles([Fact(ann, "jobTitle", "real estate agent"), Fact(ann, "jobTitle", "best man")])]
    assert kept_titles == ["real estate agent", "best man"]
