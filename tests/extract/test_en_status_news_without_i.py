"""A change of status or where one comes from, typed without the "I", is the speaker's (as "just moved to Tulsa"):
"got divorced last year", "got married in june!!", "just got engaged lol", "born and raised in cebu" give the status
and the home town; not "got it", "got married people confused", nor another's birth ("my son was born in Ohio")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("got divorced last year and moved in with my sister", ("Ann", "maritalStatus", "divorced")),
    ("got married in june!!", ("Ann", "maritalStatus", "married")),
    ("just got engaged lol", ("Ann", "maritalStatus", "engaged")),
    ("born and raised in cebu, moved to toronto at 12", ("Ann", "hometown", "cebu")),
    ("Born and raised in Chicago, never left", ("Ann", "birthPlace", "Chicago")),
])
def test_news_of_ones_status_without_the_i(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize(("text", "not_said"), [
    ("got it", "Ann"),
    ("my son was born in Ohio", "Ann"),
    ("born in 1990", "Ann"),
])
def test_nothing_of_the_speaker(text: str, not_said: str) -> None:
    found = facts(text)
    assert not any(s == not_said and p in ("maritalStatus", "birthPlace", "hometown") for s, p, _ in found), found


@pytest.mark.parametrize(("text", "title"), [
    ("just got promoted to senior analyst at my firm!! 🎉", "senior analyst"),
    ("finally got promoted to team lead lol", "team lead"),
])
def test_a_promotion_without_the_i_is_the_speakers_job(text: str, title: str) -> None:
    found = facts(text)
    assert ("Ann", "jobTitle", title) in found, found


def test_a_promotion_to_no_job_named_is_none() -> None:
    assert not any(p == "jobTitle" for _, p, _ in facts("got promoted to a new role"))
