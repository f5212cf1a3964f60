"""A field once majored in at a school named ("I was a biology major at Vassar") gives the school, finished, besides
the field: it gave the field only; the present one was read already ("I'm a history major at Tufts")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _told(text: str) -> set[tuple[str, str, str]]:
    return {(p, o) for s, p, o in facts((1, "What did you study?"), (2, text), (3, "Ha, same.")) if s == "Speaker 2"}


@pytest.mark.parametrize(("text", "field", "school"), [
    ("I was a biology major at Vassar, a hundred years ago.", "biology", "Vassar"),
    ("Oh, I was an art history major at Notre Dame.", "art history", "Notre Dame"),
])
def test_the_school_of_a_past_major(text: str, field: str, school: str) -> None:
    got = _told(text)
    assert {("fieldOfStudy", field), ("educatedAt", school)} <= got, got


@pytest.mark.parametrize("text", [
    "I was a chemistry major at first, then I switched.",
    "I was a history major at Boston, if you can believe it.",
])
def test_no_school_after_the_major_gives_none(text: str) -> None:
    assert not {o for p, o in _told(text) if p == "educatedAt"}, _told(text)
