"""A parent called in an answer to a bidding is the one who bid: "Marcus, help me with this cooler." - "Coming, Mom."
("Coming" calls nobody)."""

from tests.extract.dialogue_facts import facts


def test_a_parent_called_in_an_answer_to_a_bidding_is_the_one_who_bid():
    said = facts((1, "Desmond, sweetie, grab the other end of this table."), (2, "Coming, Mom."),
                 (3, "She's been cooking since six."))
    assert ("Speaker 2", "parent", "Speaker 1") in said
    said = facts((1, "Somebody has to take the trash out."), (2, "Relax, Dad. I'll do it."), (3, "He won't."))
    assert ("Speaker 2", "parent", "Speaker 1") in said


def test_a_parent_called_in_answer_to_one_who_called_is_that_caller_whoever_calls_back_next():
    said = facts((1, "Oh, Nadia. Oh, honey. Let me look at you."), (2, "Mom, please don't cry, the mascara."),
                 (3, "Nadia, you look incredible. Seriously."))
    assert ("Speaker 2", "parent", "Speaker 1") in said and ("Speaker 2", "parent", "Speaker 3") not in said
