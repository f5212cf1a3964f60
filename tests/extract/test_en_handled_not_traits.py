"""A thing handled is no trait of how one looks: "the puppy chewed my glasses", "I can't find my glasses", "I
painted my nails purple"; "my glasses are brand new" still is."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize("said", [
    "The puppy chewed my glasses last night.", "I can't find my glasses anywhere.", "My son sat on my glasses lol.",
    "I painted my nails purple for the wedding.",
])
def test_a_thing_handled_is_no_trait(said: str) -> None:
    assert not any(p == "trait" for _, p, _ in kept(said)), kept(said)


@pytest.mark.parametrize("said", ["My glasses are brand new.", "I got my braces off last week!"])
def test_how_one_looks_is_still_a_trait(said: str) -> None:
    assert any(p == "trait" for _, p, _ in kept(said)), kept(said)
