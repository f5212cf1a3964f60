"""家里 opening a sentence of what is had or kept is the speaker's household: 家里新养了一只猫 (a cat of the speaker's),
家里有两条狗; 家里有事 has nothing."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "pet"), [
    ("家里新养了一只猫，特别粘人。", "安娜的猫"), ("家里有两条狗，每天都要遛。", "安娜的狗"), ("家里刚养了一只兔子。", "安娜的兔子"),
])
def test_a_pet_of_the_household(said: str, pet: str) -> None:
    assert ("安娜", "hasPet", pet) in kept(said), kept(said)


@pytest.mark.parametrize("said", ["家里有事，我先走了。", "他家里有一只狗。"])
def test_nothing_of_the_speakers(said: str) -> None:
    assert not any(s == "安娜" and p in ("hasPet", "owns") for s, p, _ in kept(said)), kept(said)
