"""A turn that calls a parent and a "little sister" speaks to two: "Twice a week, Mama. I counted. Hi, little sister."
makes the mother no sister of the speaker's (was sibling of the one before); "Yes, big sister. At ten." still tells a
sister."""

from tests.extract.dialogue_facts import facts


def test_a_sibling_call_beside_a_parent_call_is_not_the_parents():
    said = facts((1, "Three years in Lagos and you call me on Sundays only!"),
                 (3, "And Wednesdays, Mama. Hi, little sister."), (2, "Look at you! You got so tall!"))
    assert ("Speaker 3", "sibling", "Speaker 1") not in said


def test_a_sibling_call_alone_still_tells_a_sibling():
    said = facts((1, "You still owe me a ride to the airport."), (2, "Yes, big sister. At ten."), (3, "Bring snacks."))
    assert ("Speaker 2", "sibling", "Speaker 1") in said
