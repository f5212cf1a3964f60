"""A title whose words join with a small word is read whole: "I'm reading Lessons in Chemistry" (was "reading
Lessons"), "my favorite book is The Shadow of the Wind"; a name followed by a town, a time, a language or where it is
watched keeps to the name ("Dune in Spanish", "Paris in June", "Severance on Netflix")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "predicate", "thing"), [
    ("I'm reading Lessons in Chemistry right now.", "hobby", "reading Lessons in Chemistry"),
    ("I'm reading The Girl with the Pearl Earring.", "hobby", "reading The Girl with the Pearl Earring"),
    ("My favorite book is Love in the Time of Cholera.", "favorite", "Love in the Time of Cholera"),
    ("I love Murder on the Orient Express.", "likes", "Murder on the Orient Express"),
])
def test_a_title_read_whole(said: str, predicate: str, thing: str) -> None:
    found = told(said)
    assert ("Ann", predicate, thing, False) in found, found


@pytest.mark.parametrize(("said", "thing"), [
    ("I'm reading Dune in Spanish.", "reading Dune"),
    ("I love Paris in June.", "Paris"),
    ("I love Severance on Netflix.", "Severance"),
])
def test_a_name_then_a_time_a_language_or_a_service(said: str, thing: str) -> None:
    found = told(said)
    assert any(o == thing for _, _, o, _ in found), found
