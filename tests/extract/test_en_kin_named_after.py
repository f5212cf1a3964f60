"""A relative named in a sentence of its own right after ("My uncle fixed boats for forty years. Walter. He ...") is
the speaker's relative by that name (:func:`kg_memory.extract.english.relations.scan_named_then_kin`). Invented lines."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, fact", [
    ("My uncle fixed boats for forty years. Walter. He never learned to swim.", ("Speaker 2", "relative", "Walter")),
    ("My old roommate taught me that trick. Priscilla. She could juggle too.", ("Speaker 2", "roommate", "Priscilla")),
    ("Well, my granddaughter picked the color. Tallulah.", ("Speaker 2", "relative", "Tallulah")),
])
def test_the_name_said_alone_after_the_relative_is_theirs(line, fact):
    found = facts((1, "That is a lovely boat."), (2, line))
    assert fact in found
    assert not any(o.startswith("Speaker 2's") for s, p, o in found if p == fact[1])  # no nameless relative beside


@pytest.mark.parametrize("line, wrong", [
    ("My mom says she misses you. Bernadette.", ("Speaker 2", "parent", "Bernadette")),  # said to the one spoken to
    ("My uncle fixed boats. Thanks.", ("Speaker 2", "relative", "Thanks")),  # no name
    ("My uncle fixed boats. Walter?", ("Speaker 2", "relative", "Walter")),  # a call, not a name told
    ("My cousins fixed boats. Walter.", ("Speaker 2", "relative", "Walter")),  # many: which one?
    ("I meant my first granddaughter. Wow.", ("Speaker 2", "relative", "Wow")),  # no name
])
def test_look_alikes_name_no_relative(line, wrong):
    assert wrong not in facts((1, "That is a lovely boat."), (2, line))
