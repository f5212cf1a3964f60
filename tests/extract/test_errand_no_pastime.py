"""A day's errand is no pastime: "Went grocery shopping this morning" or "we went shopping for a couch on Saturday" give
no hobby; liking it does ("I adore shopping"), and so does an outing ("We went kayaking on Sunday")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("text", [
    "Ugh, I went shopping after work and spent way too much.",
    "We went shopping for a couch on Saturday.",
    "My husband and I took a shopping trip to the outlets yesterday.",
])
def test_an_errand_is_no_hobby(text: str) -> None:
    assert not any(p == "hobby" for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("I adore shopping.", ("Ann", "likes", "shopping", False)),
    ("We went kayaking on Sunday.", ("Ann", "hobby", "kayaking", False)),
])
def test_pastimes_still_told(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(text)


@pytest.mark.parametrize("text", [
    "I'm not employed by Kohl's, I only shop there with coupons.",
    "no i do not work at the grocery store , i just shop there .",
    "we shop here every sunday after church",
])
def test_shopping_there_is_no_hobby(text: str) -> None:
    """Where the buying is done ("I just shop there") is an errand, and says nothing of working there either."""
    assert not any(p in ("hobby", "worksFor") for _, p, _, _ in told(text)), told(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("i hike , bake and shop in my spare time", ("Ann", "hobby", "hike", False)),
    ("I love to shop at flea markets.", ("Ann", "likes", "shop", False)),
])
def test_shopping_look_alikes_still_told(text: str, fact: tuple[str, str, str, bool]) -> None:
    assert fact in told(text)
