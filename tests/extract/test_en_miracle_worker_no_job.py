"""Praise of how one works is no job: "You're a miracle worker, Bethan." and "She's a hard worker." give no
``jobTitle``; "I'm a social worker in Leeds." still does."""

from tests.extract.dialogue_facts import facts


def test_a_miracle_worker_is_no_job():
    got = facts((1, "You fixed the printer! You're a miracle worker, Bethan."), (2, "It was unplugged."))
    assert not {f for f in got if f[1] == "jobTitle"}


def test_a_hard_worker_is_no_job():
    got = facts((1, "How's the new girl?"), (2, "Delyth? She's a hard worker."), (1, "Good."))
    assert not {f for f in got if f[1] == "jobTitle"}


def test_a_social_worker_is_still_a_job():
    assert ("Speaker 1", "jobTitle", "social worker") in facts((1, "I'm a social worker in Leeds."), (2, "Nice."))
