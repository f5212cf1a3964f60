"""A call opening the answer to a question is said to the one who asked: "Who ate my cookie?" - "Mom, nobody ate
your cookie." - "Relax, Jamie." makes the asker the mother, not the third speaker who calls the answerer back (the answer takes up the question's
words; "How much is this?" - "Dad, let's go." - "In a minute, Emma." is still a call back)."""

from tests.extract.dialogue_facts import facts


def test_a_parent_called_in_an_answer_is_the_one_who_asked():
    got = facts((1, "Who ate the last cookie?"), (2, "Mom, nobody ate your cookie. The dog did."),
                (3, "Relax, Jamie. I'll bake more."))
    assert ("Speaker 2", "parent", "Speaker 1") in got and ("Speaker 2", "parent", "Speaker 3") not in got


def test_a_call_back_still_names_the_one_called_where_nobody_asked():
    got = facts((1, "These tomatoes look fresh."), (2, "Mom, hurry up, we're late."), (3, "Relax, Jamie. One minute."))
    assert ("Speaker 2", "parent", "Speaker 3") in got
