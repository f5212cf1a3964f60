""""She" / "her" is no place that is also a first name: after "the best barbecue in Georgia" or "a guy from Virginia",
"I like her" likes nobody read from the place; a woman named in a place ("in Rachel's room") still may be meant."""

from tests.extract.dialogue_facts import facts


def test_a_place_named_like_a_woman_is_not_her():
    said = facts((1, "What did he tell you about me?"), (2, "That you make the best peach cobbler in Georgia."),
                 (1, "Oh, I like her already, Omar."))
    assert not {(s, o) for s, p, o in said if o == "Georgia" and p == "positiveImpression"}
    said = facts((1, "Where's the new intern from?"), (2, "Some small town in Virginia."), (3, "I can't stand her."))
    assert not {(s, o) for s, p, o in said if o == "Virginia" and p == "negativeImpression"}


def test_a_woman_still_is():
    said = facts((1, "I left the keys in Rachel's room."), (2, "Oh, I like her."))
    assert ("Speaker 2", "positiveImpression", "Rachel") in said
