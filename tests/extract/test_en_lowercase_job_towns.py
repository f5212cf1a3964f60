"""A town typed lowercase after a job or an employer is where one works (as typed with a capital): "my sister in law
is a dental assistant in tampa", "i work at a hospital in boston as a respiratory therapist", "i'm a chef at a
restaurant in san diego lol"; not a field, a department, a time or a word of a kind ("a nurse in pediatrics", "at a
bank in sales", "a teacher in may", "at a hospital in town", "an actor in friends")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("my sister in law is a pharmacist in tampa", ("Ann's sister-in-law", "workLocation", "tampa")),
    ("i work at a hospital in boston as a respiratory therapist", ("Ann", "workLocation", "boston")),
    ("i'm a chef at a restaurant in san diego lol", ("Ann", "workLocation", "san diego")),
    ("my brother is a cop in new york", ("Ann's brother", "workLocation", "new york")),
    ("I'm a barista in seattle tbh", ("Ann", "workLocation", "seattle")),
    ("im a nurse in fresno now", ("Ann", "workLocation", "fresno")),
])
def test_a_lowercase_town_after_a_job_is_where_one_works(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "I'm a nurse in pediatrics",
    "I work at a bank in sales",
    "I'm a teacher in may",
    "I work at a hospital in town",
    "i'm an actor in friends",
    "I'm a manager in training",
    "I'm a teacher in person now",
    "I work at a cafe in downtown",
])
def test_no_town_where_the_word_is_something_else(text: str) -> None:
    found = facts(text)
    assert not any(p == "workLocation" for _, p, _ in found), found
