"""A job dreamed of is a goal however the dream is said: "I've always dreamed of being a pilot", "I still dream of
becoming a midwife", "I have a dream to be a tailor", "I dream to one day be a florist", "being a chef is my dream",
"it is my dream to become a surgeon". A dream with no job in it ("being a mom is my dream", "i dream of being rich"), a
refusal or a question stores no job goal."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize(("said", "goal"), [
    ("I've always dreamed of being a pilot.", "become pilot"),
    ("i have always dreamed of becoming an architect", "become architect"),
    ("i still dream of becoming a midwife", "become midwife"),
    ("I have a dream to be a tailor.", "become tailor"),
    ("i dream to one day be a florist", "become florist"),
    ("being a chef is my dream", "become chef"),
    ("Becoming a surgeon has always been my goal.", "become surgeon"),
    ("it is my dream to become a flight attendant someday", "become flight attendant"),
])
def test_the_job_dreamed_of(said: str, goal: str) -> None:
    found = told(said)
    assert ("Ann", "goal", goal, False) in found, found


@pytest.mark.parametrize("said", [
    "being a mom is my dream",
    "i dream of being rich one day",
    "I never dreamed of being a pilot.",
    "being a chef is not my dream",
    "is being a pilot your dream?",
    "My brother has always dreamed of being a pilot.",
    "Being a surgeon is his dream.",
])
def test_no_job_goal_of_the_speaker(said: str) -> None:
    assert not any(s == "Ann" and p == "goal" and o.startswith("become") for s, p, o, _ in told(said)), told(said)
