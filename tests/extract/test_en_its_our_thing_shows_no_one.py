""""It's our anniversary." after "this is my wife, Gwendolen" shows no second person: the new voice that answers is
the wife, though the name's gender is unknown and she speaks of "he" (her husband, by the relative's word)."""

from kg_memory.extract.introductions import introduced_names
from tests.extract.dialogue_facts import facts


def test_its_our_anniversary_is_no_introduction():
    assert introduced_names("It's our anniversary.", frozenset()) == []
    assert introduced_names("It's my sister, Ann.", frozenset()) == ["Ann"]


def test_the_wife_shown_answers():
    got = facts((1, "And your name?"), (2, "Wojtek. And this is my wife, Gwendolen. It's our anniversary."),
                (3, "He burns pasta. Boiling water, and he burns it."), (1, "Then you've come to the right class."))
    assert ("Speaker 3", "alternateName", "Gwendolen") in got


def test_a_wife_of_a_name_of_no_known_gender_answers():
    got = facts((1, "And your name?"), (2, "Wojtek. And this is my wife, Tolly."),
                (3, "He burns pasta. Boiling water, and he burns it."), (1, "Then you've come to the right class."))
    assert ("Speaker 3", "alternateName", "Tolly") in got
