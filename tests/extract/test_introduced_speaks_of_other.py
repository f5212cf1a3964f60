"""The newcomer answering an introduction is the one introduced though they speak of someone of the other gender:
"Beth, this is my girlfriend, Anya." - "Hi! Mikey says you were his favourite cousin." names the newcomer Anya (it
named nobody: any "he" or "she" was taken for talk of the one introduced); "Is she staying long?" still tells that the
newcomer is someone else."""

from __future__ import annotations

from tests.extract.dialogue_facts import names

_BEFORE = ((1, "Bethany! You made it."), (2, "Mikey! Look at you, all grown up."))


def test_a_newcomer_speaking_of_a_man_is_the_woman_introduced() -> None:
    found = names(*_BEFORE, (1, "Beth, this is my girlfriend, Anya."),
                  (3, "Hi! I've heard so much about you. Mikey says you were his favourite cousin."))
    assert ("Speaker 3", "Anya") in found


def test_a_newcomer_speaking_of_a_woman_is_the_man_introduced() -> None:
    found = names(*_BEFORE, (1, "And this is my husband, Desmond."), (3, "Hi. She told me you'd be taller."))
    assert ("Speaker 3", "Desmond") in found


def test_a_newcomer_speaking_of_someone_of_that_gender_may_be_another() -> None:
    found = names(*_BEFORE, (1, "Beth, this is my girlfriend, Anya."), (3, "Hi! Is she staying for dinner?"))
    assert ("Speaker 3", "Anya") not in found
