"""A family name that ends like a job is no job: "I'm Dr. Baxter" tells a doctor named Baxter (no job "baxter"), "I'm a
Lindqvist" one of the Lindqvists; "I'm a welder" and "I'm a Baker" (capitalised, a known job) still tell a job."""

from tests.extract.dialogue_facts import told


def _jobs(text: str) -> set[str]:
    return {o for s, p, o, _ in told(text) if p == "jobTitle"}


def test_a_surname_ending_like_a_job_is_none():
    assert _jobs("Good morning, I'm Dr. Castor.") == {"doctor"}
    assert _jobs("Hi there, I'm Dr. Webster, I'll be seeing your cat today.") == {"doctor"}
    assert _jobs("I'm a Forster, we never give up.") == set()


def test_a_job_still_reads():
    assert _jobs("I'm a welder at the shipyard.") == {"welder"}
    assert _jobs("I'm a florist.") == {"florist"}
