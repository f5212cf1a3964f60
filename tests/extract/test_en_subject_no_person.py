"""A word opening a clause is no person when it is a doing ("Swimming is part of the job") or a pronoun of possession
("Theirs is in the garage"): nothing is said of it, and "she" after it is not it. First names ending in "-ing"
(Irving, Sterling) and people named before "is" still are."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts, told


@pytest.mark.parametrize("text", ["Swimming is part of the training.", "Baking is part of my morning routine.",
                                  "Theirs is in the garage.", "Ours is in Denver.", "Hers lives in a tank in the den."])
def test_no_one_named(text: str) -> None:
    subjects = {s for s, _, _, _ in told(text)}
    assert not subjects - {"Ann"}, told(text)


def test_she_is_not_the_doing() -> None:
    got = facts((1, "Sweating is part of training. Call your aunt."), (2, "She lives in Lisbon."))
    assert not any(s == "Sweating" for s, _, _ in got), got


@pytest.mark.parametrize(("text", "fact"), [("Irving lives in Boston.", ("Irving", "livesIn", "Boston")),
                                            ("Sterling works at Target.", ("Sterling", "worksFor", "Target")),
                                            ("Tom is part of the band.", ("Tom", "memberOf", "band"))])
def test_names_still_subjects(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in {(s, p, o) for s, p, o, _ in told(text)}
