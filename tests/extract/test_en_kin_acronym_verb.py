"""A relative followed by an acronym with an "s" has no name: "My cousin MCs weddings in Tampa." gave a cousin named
"MCs". A relative named with capitals ("my brother JJ", "my uncle TJ Walsh") keeps the name."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize("line, word", [
    ("My cousin MCs weddings all over Tampa.", "MCs"),
    ("My uncle DJs at the roller rink on Saturdays.", "DJs"),
])
def test_an_acronym_verb_after_a_relative_is_no_name(line: str, word: str) -> None:
    found = facts((1, "Who's doing the music?"), (2, line), (3, "Oh, fun."))
    assert not any(o == word for _, _, o in found)


@pytest.mark.parametrize("line, name", [("My cousin JJ is doing it.", "JJ"), ("My uncle TJ Walsh has speakers.", "TJ Walsh")])
def test_a_relative_named_in_capitals_keeps_the_name(line: str, name: str) -> None:
    found = facts((1, "Who's doing the music?"), (2, line), (3, "Oh, fun."))
    assert any(s == "Speaker 2" and o == name for s, _, o in found)
