"""A name said or picked as an answer is no call: "I'd say Marguerite.", "I said Madonna. I always say Madonna.", "I vote
Derek." name no listener; a name said loosely to someone still calls ("Like I said Gavin, I can't.", "Nothing much
Gavin.")."""

from tests.extract.dialogue_facts import names


def test_a_name_said_as_an_answer_is_no_call():
    said = names((1, "Who do we ask to sing at the wedding?"), (2, "I'd say Marguerite."), (1, "Hm."))
    assert ("Speaker 1", "Marguerite") not in said


def test_a_name_said_before_is_no_call():
    said = names((1, "What did you put for the bonus?"), (2, "I said Madonna. I always say Madonna."), (1, "Wrong again."))
    assert ("Speaker 1", "Madonna") not in said


def test_a_name_voted_for_is_no_call():
    said = names((1, "Who's captain this year?"), (2, "I vote Derek."), (1, "Same."))
    assert ("Speaker 1", "Derek") not in said


def test_like_i_said_then_a_name_still_calls():
    said = names((1, "Why can't you come?"), (2, "Like I said Gavin, I can't."), (1, "Fine."))
    assert ("Speaker 1", "Gavin") in said


def test_a_name_after_say_in_a_question_still_calls():
    said = names((1, "Mine says I'll travel."), (2, "What does your card say Gemma?"), (1, "Love and money."))
    assert ("Speaker 1", "Gemma") in said
