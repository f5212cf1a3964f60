"""A title of the other sex set after a relative calls someone: "This is my brother, Mrs. Okoro." does not name the
brother Mrs. Okoro, nor "I have a grandson, Mrs. Hale." the grandson; "This is my brother, Sam." and "my girlfriend,
Jess" still name them."""

from tests.extract.dialogue_facts import facts, kept


def test_a_name_of_the_other_sex_after_a_relative_is_said_to_someone():
    got = facts((1, "Who's the young man?"), (2, "This is my brother, Mrs. Okoro. He's visiting."), (1, "How lovely!"))
    assert not any(p == "sibling" and "Okoro" in o for _, p, o in got)
    assert not any(p == "sibling" and o == "Speaker 1" for _, p, o in got)
    got = facts((1, "You always say that."), (2, "Every week I have a new grandson, Mrs. Hale."), (3, "Ha!"))
    assert not any(p == "relative" and o in ("Mrs", "Mrs. Hale", "Speaker 1", "Speaker 3") for _, p, o in got)
    assert ("Speaker 2", "relative", "Speaker 2's grandson") in got


def test_a_name_that_fits_the_relative_still_names_them():
    got = facts((1, "Who's that?"), (2, "This is my brother, Sam. He's visiting."), (1, "Hi!"))
    assert ("Speaker 2", "sibling", "Sam") in got
    assert ("Ann", "sibling", "Megan") in kept("I have a sister, Megan.")
    assert ("Ann", "partner", "Jess") in kept("This is my girlfriend, Jess.")
    assert ("Ann", "relative", "Mia") in kept("I have a granddaughter, Mia.")
