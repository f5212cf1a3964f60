""""I do not love Dana" denies being in love: no dislike of Dana; "I don't love my job" stays a dislike."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import told


@pytest.mark.parametrize("line", ["I do not love Keziah.", "I don't love Keziah Moss.", "I don't love Keziah, I love Tobiah.",
                                  "I don't love Keziah like that."])
def test_no_dislike_of_the_person(line: str) -> None:
    assert not any(p in ("dislikes", "negativeImpression") for _, p, _, _ in told(line))


@pytest.mark.parametrize(("line", "thing"), [("I don't love my job.", "job"), ("I do not love spinach.", "spinach")])
def test_a_thing_not_loved_is_disliked(line: str, thing: str) -> None:
    assert ("Ann", "dislikes", thing, False) in told(line)
