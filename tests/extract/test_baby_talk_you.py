"""A turn said to a little child ("Laugh for Daddy! ... I love you so much") speaks to no speaker: its "you" is the
child, so the one who answers next is not loved, liked or named by it; the same words to a speaker still are."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_love_said_to_a_baby_is_no_one_s_here() -> None:
    got = facts((1, "Come on, laugh for Daddy. No? Okay, I love you so much. You like the duck song, don't you?"),
                (2, "Hey, you're home early."), (1, "She almost laughed!"))
    assert not any(p in ("positiveImpression", "likes", "alternateName") and "Speaker 2" in (s, o) for s, p, o in got), got


def test_chinese_baby_talk_likes_nothing_of_the_next_speaker() -> None:
    got = facts((1, "来，给妈妈笑一个。你喜欢小鸭子，对不对？"), (2, "我回来了。"), (1, "她刚才差点笑了！"))
    assert not any(s == "Speaker 2" for s, _, _ in got), got


def test_love_said_to_a_speaker_stays() -> None:
    got = facts((1, "Come here. I love you so much."), (2, "I know, Dad."))
    assert ("Speaker 1", "positiveImpression", "Speaker 2") in got, got
