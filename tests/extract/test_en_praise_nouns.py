"""Praise said with a noun of people is a good impression: "you're a genius", "you're a lifesaver", "she's an angel"
as "you're the best" is; "you're a little late" praises nobody."""

from tests.extract.dialogue_facts import facts


def test_praise_nouns_tell_a_good_impression():
    said = facts((1, "I brought you a coffee, extra shot."), (2, "You're a lifesaver."), (1, "Anytime."))
    assert ("Speaker 2", "positiveImpression", "Speaker 1") in said
    said = facts((1, "I fixed the sink while you were out."), (2, "Oh, you're an absolute genius."), (1, "I know."))
    assert ("Speaker 2", "positiveImpression", "Speaker 1") in said


def test_no_praise_no_impression():
    said = facts((1, "I brought you a coffee."), (2, "You're a little late."), (1, "Sorry."))
    assert ("Speaker 2", "positiveImpression", "Speaker 1") not in said
