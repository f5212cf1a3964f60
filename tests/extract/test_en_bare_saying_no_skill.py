"""A skill cut to a bare gerund that needs what is said or done ("good at saying no to people" read as "saying") is
no skill (issue 13, :func:`kg_memory.extract.english.other_senses.needs_what`); "good at telling jokes" still is.
Invented lines."""

from __future__ import annotations

from tests.extract.dialogue_facts import told


def test_good_at_saying_no_is_no_bare_saying():
    assert not [f for f in told("I'm really good at saying no to salesmen.") if f[1] == "skill" and f[2] == "saying"]


def test_good_at_telling_jokes_is_still_a_skill():
    assert ("Ann", "skill", "telling jokes", False) in told("I'm good at telling jokes.")
