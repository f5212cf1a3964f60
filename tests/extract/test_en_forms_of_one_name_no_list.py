"""Forms of one name, one held whole in the other ("Liv" in "Olivia"), are one person when counting the names one
speaker calls to the one who answers: "Liv", "Olivia" and a third name were read as three people called from a list,
so the one answering got neither. Names of three people still read as a list (:mod:`kg_memory.extract.list_calls`)."""

from __future__ import annotations

from kg_memory.extract.list_calls import read_as_list
from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


def test_a_name_and_a_short_form_held_in_it_are_one_person() -> None:
    found = facts((1, "Oh, Wren. Look at you. Turn around."), (2, "Please, no tears on the lace."),
                  (3, "Wren, it's lovely. Honestly. Jonah will faint."),
                  (2, "Jonah faints at the dentist, Liv. That's easy."),
                  (4, "I'll take it in at the back a little. Hold still, please."),
                  (1, "Mrs. Halloran made my dress too, years ago."), (4, "Your mother was tiny then, Wren. I remember."),
                  (2, "Thanks, Mrs. Halloran. Very kind."),
                  (3, "I'm the bridesmaid, so I'm allowed to say it: you look amazing."),
                  (2, "Olivia, stop it, you will make me cry."), (3, "Me? I'm just honest."), (1, "Both of you, be nice."))
    assert any(s == "Speaker 3" and p in _NAMED and o == "Olivia" for s, p, o in found)


def test_three_people_or_one_family_still_read_as_a_list() -> None:
    assert read_as_list([("de", "Dagny"), ("pe", "Perpetua"), ("ha", "Hamish")])
    assert read_as_list([("ne", "Nell Ashgrove"), ("to", "Tobin Ashgrove"), ("ma", "Mabel")])
