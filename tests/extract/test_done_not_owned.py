""""Has" before a thing done is the perfect, no possession ("Hector has fixed this car for ten years" gave Hector owns
"fixed"); "has a boat", "I have red hair" still say what one has.
"""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("line", "doer"), [
    ("Trust me, Walt has driven this truck for twenty years.", "Walt"),
    ("My brother has painted the whole house.", "Speaker 2's brother"),
    ("Leo has fixed my bike twice.", "Leo"),
    ("Nadia has already painted the whole kitchen.", "Nadia"),
])
def test_a_thing_done_is_not_owned(line: str, doer: str) -> None:
    found = facts((1, "So what's new?"), (2, line))
    assert not any(s == doer and p in ("owns", "hasPet") for s, p, _ in found), found


@pytest.mark.parametrize(("line", "fact"), [
    ("My uncle has a boat on the lake.", ("Speaker 2's uncle", "owns", "boat")),
    ("I have red hair, like my mom.", ("Speaker 2", "trait", "red hair")),
])
def test_a_thing_owned_still_is(line: str, fact: tuple[str, str, str]) -> None:
    found = facts((1, "So what's new?"), (2, line))
    assert fact in found, found
