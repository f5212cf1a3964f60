""""i aspire to be a chef someday", "i am okay , being a pilot is my dream" and "hope to be a vet" (no subject) give the
goal to become the job, as "i hope to be a chef" does. A wish with no job ("hope to be there by noon", "being a mom is
my dream") gives none."""

from tests.extract.dialogue_facts import kept


def _goals(text: str) -> set[str]:
    return {o for _, p, o in kept(text) if p == "goal"}


def test_aspire_with_a_time_to_come():
    assert "become chef" in _goals("i aspire to be a chef someday .")


def test_the_dream_after_a_comma():
    assert "become pilot" in _goals("i am okay , being a pilot is my dream .")


def test_hope_with_no_subject():
    assert "become vet" in _goals("hope to be a vet one day .")


def test_no_job_no_goal():
    assert not _goals("hope to be there by noon")
    assert not _goals("i am tired , being a mom is my dream")
