"""A parent bidden to come ("Mum, come and meet Tomos!") is answered by one who has not spoken yet: the one who comes
in is the mother, not the guest just spoken with."""

from tests.extract.dialogue_facts import facts


def test_the_newcomer_answers_a_bidden_mum():
    got = facts((1, "Everyone's here except my mother."), (2, "I brought wine, Nia. Hi, I'm Tomos."),
                (1, "Mum, come and meet Tomos!"), (3, "Hello, love. I'm Eirlys."))
    assert ("Speaker 1", "parent", "Speaker 3") in got
    assert ("Speaker 1", "parent", "Speaker 2") not in got


def test_a_call_answered_by_one_who_spoke_before_is_as_it_was():
    got = facts((1, "Dad, come here a second."), (2, "What is it?"), (1, "Look at this, Dad."), (2, "Nice."))
    assert ("Speaker 1", "parent", "Speaker 2") in got
