"""People visited or lived with, and names after a sentence adverb (invented lines): "I visited my parents" visits no
place (a town or "my uncle's farm" is one), "I live with my roommate" tells of the roommate, "Actually Dina is my
sister" names Dina, and a guess ("Maybe Gus is my brother") names no relative.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by

A, B = "Ann", "Bob"


def _facts(line: str) -> set[tuple[str, str, str]]:
    return said_by((A, "Hey."), (B, line))


@pytest.mark.parametrize("line", ["I visited my grandparents last weekend.", "We visited an old friend in the spring.",
                                  "i visited my wife's family in june."])
def test_people_visited_are_no_place(line: str) -> None:
    facts = _facts(line)
    assert not {f for f in facts if f[1] == "visited"}, facts


@pytest.mark.parametrize(("line", "place"), [("I visited Lisbon last weekend.", "Lisbon"),
                                             ("I visited my uncle's farm in May.", "uncle's farm")])
def test_a_place_visited_is_read(line: str, place: str) -> None:
    assert (B, "visited", place) in _facts(line)


@pytest.mark.parametrize(("line", "fact"), [
    ("I live with my roommate.", (B, "roommate", f"{B}'s roommate")),
    ("Honestly, I still live with my parents.", (B, "parent", f"{B}'s parents")),
    ("i live with my mom and it's fine.", (B, "parent", f"{B}'s mom")),
])
def test_the_one_lived_with_is_read(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(line)


def test_a_parent_merely_mentioned_stays_out() -> None:
    assert not {f for f in _facts("I called my parents yesterday.") if f[1] == "parent"}


@pytest.mark.parametrize(("line", "fact"), [
    ("Actually Dina is my sister.", (B, "sibling", "Dina")),
    ("Sadly Carl is my uncle.", (B, "relative", "Carl")),
    ("Will Baker is my uncle.", (B, "relative", "Will Baker")),
])
def test_a_name_after_a_sentence_adverb_is_read(line: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(line)


def test_a_guess_names_no_relative() -> None:
    facts = _facts("Maybe Gus is my brother.")
    assert not {f for f in facts if f[1] == "sibling"}, facts
    assert (B, "sibling", "Gus") in _facts("Gus is my brother.")
