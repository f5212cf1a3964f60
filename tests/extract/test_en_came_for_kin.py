""""I'm here for Tobiah. I'm his stepdad.": the one the speaker came to fetch is the one whose relative they say
they are, not a man named turns before (:mod:`kg_memory.extract.english.come_for`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_his_after_the_one_fetched_is_that_one():
    found = facts((1, "Your bow is crooked, Tobiah."), (2, "Sorry, Mr. Pratt."),
                  (1, "Mr. Pratt is my father. Call me Silas."),
                  (3, "Hello, I'm here for Tobiah. I'm his stepdad, Ruben."), (1, "Nice to meet you."))
    assert not any(s == "Mr. Pratt" and p == "parent" and o in ("Speaker 3", "Ruben") for s, p, o in found)
    assert any(s in ("Tobiah", "Speaker 2") and p == "parent" and o in ("Speaker 3", "Ruben") for s, p, o in found)


def test_a_relative_said_before_the_one_fetched_is_read_as_before():
    found = facts((1, "Mr. Pratt is my father."), (2, "I'm his nephew. I'm here for Tobiah."), (3, "Okay."))
    assert not any(s == "Tobiah" and p == "relative" for s, p, o in found)
