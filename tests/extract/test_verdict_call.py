"""A name opening a verdict on what was just said calls the one who said it: "Maybe Ruth sits with the college
friends?" - "Jess, you're a genius." names the one who spoke before Jess, as "Mon, that's a great idea!" does; "Jess,
you're up next." still calls on whoever answers."""

from tests.extract.dialogue_facts import names


def test_a_verdict_calls_the_one_who_spoke_before():
    said = names((1, "What if we put your aunt at the table with the college kids?"), (2, "Jess, you're a genius."),
                 (3, "She'll love that."))
    assert ("Speaker 1", "Jess") in said
    said = names((1, "We could just order pizza and skip the cooking."), (2, "Mon, that's a great idea!"),
                 (3, "I want pepperoni."))
    assert ("Speaker 1", "Mon") in said


def test_a_bidding_still_calls_the_next_speaker():
    said = names((1, "That was fun."), (2, "Jess, you're up next."), (3, "Oh no, already?"), (1, "Go get them."))
    assert ("Speaker 1", "Jess") not in said
