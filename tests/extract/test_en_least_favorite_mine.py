""""mine is X" after "your least favorite ..." answers a dislike: "what is your least favorite sport ? mine is golf"
dislikes golf, not favorite golf. After "your favorite ..." it is still the favorite."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import said_by

A, B = "Speaker 1", "Speaker 2"


@pytest.mark.parametrize(("lines", "thing"), [
    (((A, "hey"), (B, "what is your least favorite sport ? mine is golf .")), "golf"),
    (((A, "Least favorite holiday?"), (B, "Mine is Valentine's Day, honestly.")), "Valentine's Day"),
    (((A, "what's your least favorite veggie?"), (B, "okra is mine")), "okra"),
])
def test_mine_after_least_favorite_is_disliked(lines: tuple[tuple[str, str], ...], thing: str) -> None:
    facts = said_by(*lines)
    assert (B, "dislikes", thing) in facts and (B, "favorite", thing) not in facts, facts


@pytest.mark.parametrize(("lines", "thing"), [
    (((A, "hey"), (B, "what is your favorite sport ? mine is golf .")), "golf"),
    (((A, "so"), (B, "What's your favorite holiday? Mine is Halloween.")), "Halloween"),
])
def test_mine_after_favorite_is_still_the_favorite(lines: tuple[tuple[str, str], ...], thing: str) -> None:
    facts = said_by(*lines)
    assert (B, "favorite", thing) in facts and (B, "dislikes", thing) not in facts, facts
