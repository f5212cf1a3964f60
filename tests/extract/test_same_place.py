"""Two people said to share a place are neighbours or classmates, and "the same building" is no home (issue 13): "I
live in the same building as Kevin" gave the home "same building", "I went to the same school as Priya" the school
"same school"."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [
    ("I live in the same building as Marisol.", ("Ann", "neighbor", "Marisol")),
    ("Dev and I live on the same street, so we carpool.", ("Ann", "neighbor", "Dev")),
    ("I went to the same high school as Priya!", ("Ann", "classmate", "Priya")),
    ("Tomas and I were in the same class in college.", ("Ann", "classmate", "Tomas")),
])
def test_a_place_shared_with_someone_is_a_tie(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", [
    "I live in the same building as Marisol.",
    "we live on the same street",
    "I went to the same school as Priya",
    "I like the same music as you",
])
def test_the_same_place_is_no_place(text: str) -> None:
    assert not any(o.lower().startswith("same") for _, _, o in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I live in Boston.", ("Ann", "livesIn", "Boston")),
    ("I went to Yale.", ("Ann", "educatedAt", "Yale")),
    ("Same here, I live in Denver.", ("Ann", "livesIn", "Denver")),
    ("I still drive the same truck I drove in high school.", ("Ann", "owns", "same truck")),  # a thing had, told as the same
])
def test_other_homes_and_schools_are_read_as_before(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)
