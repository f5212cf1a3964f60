"""朵朵，爸爸有礼物给你……过来，亲爱的。 / "Lily, come here, sweetie.": a term of address said in a turn that first calls
someone by a name no speaker bears (a baby, a pet) is that one's, not the next speaker's; a name a speaker bears leaves it
with them."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_the_babys_term_zh() -> None:
    got = facts((1, "朵朵，妈妈有礼物要给你……过来，宝贝。"), (2, "她刚睡醒。"))
    assert ("朵朵", "addressedAs", "宝贝") in got, got
    assert not any(s == "Speaker 2" for s, p, o in got), got


def test_the_babys_term_en() -> None:
    got = facts((1, "Lily, come to Daddy! Up you go, sweetie."), (2, "She just woke up."))
    assert ("Lily", "addressedAs", "sweetie") in got, got
    assert not any(s == "Speaker 2" and p == "addressedAs" for s, p, o in got), got


def test_a_speakers_name_keeps_the_term() -> None:
    got = facts((2, "Hi, I'm Dana."), (1, "Dana, thanks so much. You're a star, sweetie."), (2, "Anytime."))
    assert ("Speaker 2", "addressedAs", "sweetie") in got, got
