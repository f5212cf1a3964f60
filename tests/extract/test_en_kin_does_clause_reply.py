"""A reply to "What does your brother do?" that is a clause of its own ("He drives a bus.", "She works at Google.") is
read as it is, "he"/"she" being the relative asked about, not made into "My brother is a he drives a bus"
(:mod:`kg_memory.extract.replies`). Invented exchanges."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("question, reply, fact", [
    ("What does your brother do?", "He drives a bus.", ("Speaker 2's brother", "jobTitle", "bus driver")),
    ("So what does your uncle do for a living?", "he drives a cab in Queens", ("Speaker 2's uncle", "jobTitle", "cab driver")),
    ("And what does your sister do?", "She works at Google.", ("Speaker 2's sister", "worksFor", "Google")),
    ("What does your son do?", "He drives a truck for a living.", ("Speaker 2's son", "jobTitle", "truck driver")),
])
def test_a_clause_reply_about_the_relative_asked_is_read_as_said(question, reply, fact):
    assert fact in facts((1, question), (2, reply))


@pytest.mark.parametrize("question, reply, fact", [
    ("What does your husband do?", "He's a nurse.", ("Speaker 2's husband", "jobTitle", "nurse")),
    ("What does your wife do?", "Accountant.", ("Speaker 2's wife", "jobTitle", "accountant")),
])
def test_a_job_said_alone_still_completes_the_question(question, reply, fact):
    assert fact in facts((1, question), (2, reply))


def test_a_clause_about_someone_else_gives_the_relative_nothing():
    got = facts((1, "What does your brother do?"), (2, "My neighbor drives a bus, he says."))
    assert not any(s == "Speaker 2's brother" and p == "jobTitle" for s, p, _ in got)
