"""A school said by its kind of two words and then its name ("went to high school at Marshall", "graduated high school
at Eastwood") is the name: it gave the kind, "high school"; one word of kind was read already ("college at Rutgers")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _schools(text: str) -> set[str]:
    got = facts((1, "Where'd you grow up?"), (2, text), (3, "No kidding."))
    return {o for s, p, o in got if s == "Speaker 2" and p in ("educatedAt", "studiesAt")}


@pytest.mark.parametrize(("text", "school"), [
    ("I went to high school at Marshall, then the army.", "Marshall"),
    ("Outside Dayton. I went to high school at Fairmont West.", "Fairmont West"),
    ("I attended high school at Eastwood for two years.", "Eastwood"),
    ("I went to college at Rutgers.", "Rutgers"),
])
def test_the_name_after_the_kind_is_the_school(text: str, school: str) -> None:
    assert _schools(text) == {school}


@pytest.mark.parametrize(("text", "school"), [
    ("I went to high school in Ohio.", "high school"),  # where it is, not its name
    ("I went to high school.", "high school"),
])
def test_a_place_or_nothing_after_the_kind_names_no_school(text: str, school: str) -> None:
    assert _schools(text) == {school}


def test_high_school_with_someone_names_no_school() -> None:
    assert _schools("I went to high school with her brother.") == set()
