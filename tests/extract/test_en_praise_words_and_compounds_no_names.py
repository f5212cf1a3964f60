"""A word of praise that opens a sentence ("Lovely, take a seat.", "Brilliant, thanks.") and a compound adjective
("South-facing, lots of light.", "Good-looking, isn't he?") are no names of anyone; a hyphenated name still is one."""

from kg_memory.extract.names import plausible_name
from tests.extract.dialogue_facts import facts


def test_praise_words_are_no_names():
    assert not plausible_name("Lovely", frozenset())
    assert not plausible_name("Brilliant", frozenset())


def test_compound_adjectives_are_no_names():
    assert not plausible_name("South-facing", frozenset())
    assert not plausible_name("Old-fashioned", frozenset())
    assert plausible_name("Mary-Kate", frozenset()) and plausible_name("Jean-Luc", frozenset())


def test_a_room_shown_calls_no_one_south_facing():
    got = facts((1, "And this is the spare room. South-facing, lots of light."), (2, "Smaller than I pictured."))
    assert not {f for f in got if f[2] == "South-facing"}
