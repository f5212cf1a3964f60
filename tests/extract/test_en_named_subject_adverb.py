"""A person named as the subject with an adverb before the verb ("Pete just moved to Denver", "Lena really likes jazz",
"Omar still works at Boeing") is read as without it; "Everybody really likes jazz" still names no one."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_adverb_between_name_and_verb() -> None:
    got = facts((1, "Any news from the old crowd?"), (2, "Pete just moved to Denver. Lena really likes jazz now."),
                (1, "And Omar still works at Boeing."))
    assert ("Pete", "livesIn", "Denver") in got, got
    assert ("Lena", "likes", "jazz") in got, got
    assert ("Omar", "worksFor", "Boeing") in got, got


def test_no_one_named() -> None:
    got = facts((1, "Everybody really likes jazz here."), (2, "True."))
    assert not any(s == "Everybody" for s, _, _ in got), got
