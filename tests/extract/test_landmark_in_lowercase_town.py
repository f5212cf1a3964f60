"""A home near a landmark in a town typed lowercase ("i live near the harbor in boston") is in the town: it gave
``livesIn`` harbor; the town typed with a capital was read already ("near the lake in Madison")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


def _homes(text: str) -> set[str]:
    got = facts((1, "where are you guys based"), (2, text), (3, "oh nice"))
    return {o for s, p, o in got if s == "Speaker 2" and p == "livesIn"}


@pytest.mark.parametrize(("text", "town"), [
    ("i live near the harbor in boston", "boston"),
    ("we actually live by the water in seattle now", "seattle"),
    ("I live near the river in Chicago.", "Chicago"),
])
def test_the_town_after_the_landmark_is_the_home(text: str, town: str) -> None:
    assert _homes(text) == {town}


@pytest.mark.parametrize("text", [
    "i live near the park in town",
    "i live near my parents in the suburbs",
])
def test_no_town_after_the_landmark_names_none(text: str) -> None:
    assert not _homes(text) & {"town", "the suburbs", "suburbs"}
