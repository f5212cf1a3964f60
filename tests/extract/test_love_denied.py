""""I do not love Dana" denies being in love: no dislike of Dana; "I don't love my job" stays a dislike."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize("line", ["I do not love Keziah.", "I don't love Keziah Moss.", "I don't love Keziah, I love Tobiah.",
                                  "I don't love Keziah like that."])
def test_no_dislike_of_the_person(line: str) -> None:
    assert not any(p in ("dislikes", "negativeImpression") for _, p, _, _ in told(line))


@pytest.mark.parametrize(("line", "thing"), [("I don't love my job.", "job"), ("I do not love spinach.", "spinach")])
def test_a_thing_not_loved_is_disliked(line: str, thing: str) -> None:
    assert ("Ann", "dislikes", thing, False) in told(line)


@pytest.mark.parametrize("question", ["Are you in love with Kim?", "So you and Kim are dating now?",
                                      "Is Kim your girlfriend?"])
def test_a_name_asked_after_as_a_partner_is_a_person(question: str) -> None:
    got = facts((1, question), (2, "No! I don't love Kim."))
    assert not any(p in ("dislikes", "negativeImpression") for _, p, _ in got)


def test_without_a_partner_cue_a_name_not_known_stays_a_dislike() -> None:
    assert ("Speaker 2", "dislikes", "Kim") in facts((1, "What about Kim's new album?"), (2, "I don't love Kim."))
