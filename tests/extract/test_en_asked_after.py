"""Someone asked after, answered with the speaker's relative: "Where's Dev?" - "My husband is parking." names the
husband Dev."""

from tests.extract.dialogue_facts import facts


def test_one_asked_after_is_the_relative_the_answer_opens_with():
    said = facts((1, "Hey Lorna, where's Amit? I saved him a seat."), (2, "My husband is still looking for parking."),
                 (3, "Typical."))
    assert ("Speaker 2", "spouse", "Amit") in said
    said = facts((1, "How's Bianca doing?"), (2, "My daughter? She just started college."), (1, "Already!"))
    assert ("Speaker 2", "child", "Bianca") in said
    said = facts((1, "Is Theo coming tonight?"), (2, "Oh, my brother just texted, he's running late."))
    assert ("Speaker 2", "sibling", "Theo") in said


def test_no_relative_is_named_where_the_question_asks_after_two_or_the_answer_speaks_of_something_else():
    said = facts((1, "Where's Amit? Is Rosa here yet?"), (2, "My sister is on her way."))
    assert not any(o in ("Amit", "Rosa") for _, _, o in said)
    said = facts((1, "Where's Amit?"), (2, "My brother's car broke down, so he's taking the bus."))
    assert ("Speaker 2", "sibling", "Amit") not in said
    said = facts((1, "Where's Amit?"), (2, "My mom wants to know too."))
    assert ("Speaker 2", "parent", "Amit") not in said
