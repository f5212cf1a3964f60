""""Mr. Dunleavy, your table is ready." - "Thank you. Mrs. Dunleavy is parking the car.": a husband who speaks of his wife
by her title and their surname still bears "Mr. Dunleavy", and "Mrs. Pruitt" said beside "Mr. Pruitt" is not his; the
same title said by the one called ("Mr. Dunleavy is my father.") still bars them."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_man_speaking_of_mrs_with_his_surname_still_bears_mr() -> None:
    found = names((1, "Mr. Dunleavy, your table is ready."), (2, "Thank you. Mrs. Dunleavy is parking the car."),
                  (1, "Of course. This way, Mr. Dunleavy."), (2, "Lovely."), (3, "Excuse me, is this the bar?"))
    assert ("Speaker 2", "Mr Dunleavy") in found, found


def test_a_woman_speaking_of_mr_with_her_surname_still_bears_mrs() -> None:
    found = names((1, "Mrs. Abernathy, the doctor will see you now."), (2, "Oh good. Mr. Abernathy is in the car."),
                  (1, "Right through here, Mrs. Abernathy."), (2, "Thank you, dear."), (3, "Next is me, right?"))
    assert ("Speaker 2", "Mrs Abernathy") in found, found


def test_mrs_beside_mr_is_not_the_man_s() -> None:
    found = names((1, "Mr. Pruitt? Sign here, please."), (2, "Done."), (1, "Congratulations, Mr. Pruitt and future "
                  "Mrs. Pruitt."), (3, "Thank you!"), (2, "Thanks."))
    assert ("Speaker 2", "Mrs Pruitt") not in found, found


def test_one_who_says_the_same_title_is_still_barred() -> None:
    found = names((1, "Mr. Dunleavy? Your table is ready."), (2, "Mr. Dunleavy is my father. I'm Kevin."),
                  (1, "Sorry, Kevin."), (2, "No problem."))
    assert ("Speaker 2", "Mr Dunleavy") not in found, found
