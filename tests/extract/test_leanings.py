"""Likes and dislikes said without a plain "like" or "hate" (:mod:`kg_memory.extract.english.leanings`): fears, "i do
not care for X", fun had doing something, a fascination or a craving; schools typed lowercase ("i went to stanford")
and an identical twin. Each with look-alike lines (another's, asked, denied, hypothetical, a person, a one-off) that
must give nothing of the kind.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("text", "fact"), [
    ("my biggest fear is spiders", ("Ann", "dislikes", "spiders")),
    ("Heights are my biggest fear.", ("Ann", "dislikes", "heights")),
    ("one thing i am deathly afraid of is heights", ("Ann", "dislikes", "heights")),
    ("i get so scared of spiders !", ("Ann", "dislikes", "spiders")),
    ("i live in the southwest and i am deathly afraid of scorpions .", ("Ann", "dislikes", "scorpions")),
    ("i do not care for tofu", ("Ann", "dislikes", "tofu")),
    ("I don't really care much for country music.", ("Ann", "dislikes", "country music")),
    ("i have fun watching youtube videos", ("Ann", "likes", "watching youtube videos")),
    ("I always have so much fun dancing.", ("Ann", "likes", "dancing")),
    ("i have a weird obsession with pens", ("Ann", "likes", "pens")),
    ("I'm totally hooked on anime.", ("Ann", "likes", "anime")),
])
def test_a_leaning_said_without_like_or_hate(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", [
    "my son's biggest fear is spiders", "my son is scared of spiders", "are you scared of spiders?",
    "i am not afraid of spiders", "If I were scared of spiders I would move.", "she does not care for tofu",
    "i care for my mother", "i do not care for him", "I don't care for Ross.", "do you have fun dancing?",
    "i had fun dancing yesterday", "she has a weird obsession with pens", "Are you hooked on anime?",
    "You have a weird obsession with pens.",
])
def test_no_leaning_of_another_asked_denied_or_of_a_person(text: str) -> None:
    assert not any(s == "Ann" and p in ("likes", "dislikes") for s, p, _ in kept(text)), kept(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("i went to stanford and i could never get ahead .", ("Ann", "educatedAt", "stanford")),
    ("i go to harvard", ("Ann", "studiesAt", "harvard")),
    ("i have an identical twin sister", ("Ann", "sibling", "Ann's sister")),
])
def test_a_lowercase_university_and_an_identical_twin(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in kept(text), kept(text)


@pytest.mark.parametrize("text", ["i went to stanford every summer", "my son goes to the gym", "i went to the store",
                                  "i went to paris"])
def test_no_school_for_a_trip_a_gym_or_a_city(text: str) -> None:
    assert not any(p in ("studiesAt", "educatedAt") for _, p, _ in kept(text)), kept(text)


def test_a_lowercase_university_visited_is_no_visit() -> None:
    assert ("Ann", "visited", "stanford") not in kept("i went to stanford")


def test_no_identical_twin_denied() -> None:
    assert not any(p == "sibling" for _, p, _ in kept("i do not have an identical twin sister"))
