""""it" after an outing with one's pet means the outing, as after an outing with a relative: "we went kayaking with
my terrier , i love it" likes the kayaking, not the terrier. A pet said alone before "it" is still the one liked
("my son got a hamster and he loves it"), and the pet on the outing is still had."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by

A, B = "Speaker 1", "Speaker 2"


def _facts(line: str) -> set[tuple[str, str, str]]:
    return said_by((A, "How was your weekend?"), (B, line))


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("we went kayaking with my terrier , i love it", (B, "likes", "terrier"), (B, "likes", "kayaking")),
    ("I went skiing with my dogs and I hate it.", (B, "dislikes", "dogs"), (B, "dislikes", "skiing")),
    ("went fishing with my kitten and i love it", (B, "likes", "kitten"), (B, "likes", "fishing")),
])
def test_it_after_an_outing_with_a_pet_is_the_outing(line: str, wrong: tuple[str, str, str],
                                                     right: tuple[str, str, str]) -> None:
    facts = _facts(line)
    assert wrong not in facts and right in facts, facts


@pytest.mark.parametrize(("line", "right"), [
    ("my son got a hamster and he loves it", (f"{B}'s son", "likes", "hamster")),
    ("I went kayaking with my terrier.", (B, "hasPet", f"{B}'s terrier")),
])
def test_a_pet_alone_is_still_read(line: str, right: tuple[str, str, str]) -> None:
    assert right in _facts(line), _facts(line)
