"""A clause after a relative's ending goes on with the relative: "My grandpa retired in May and golfs every day" (the
grandpa's golf), "my aunt quit her job and plays tennis now"; after the speaker's own it stays the speaker's."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import kept


@pytest.mark.parametrize(("said", "who", "what"), [
    ("My grandpa retired in May and plays golf every day.", "Ann's grandpa", "golf"),
    ("My aunt quit her job last fall and plays tennis every weekend.", "Ann's aunt", "tennis"),
    ("Our dad retired last year and plays chess every afternoon.", "Ann's dad", "chess"),
])
def test_a_pastime_after_a_relatives_ending_is_theirs(said: str, who: str, what: str) -> None:
    found = kept(said)
    assert any(s == who and o == what for s, _, o in found), found
    assert not any(s == "Ann" and o == what for s, _, o in found), found


def test_after_the_speakers_own_ending_it_stays_the_speakers() -> None:
    found = kept("I retired in June and play tennis now.")
    assert any(s == "Ann" and o == "tennis" for s, _, o in found), found
