"""Names called in group talk given to the wrong speaker, found in the hand-labelled DialogRE sample of seed 2046
(issue 13), each settled by a general rule as a careful listener would, with the look-alikes that keep their names.
Invented dialogues."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_called_once_is_someone_else_when_others_call_the_answerer_by_two_forms_of_another() -> None:
    found = names((1, "Phoebe, you were great tonight."), (2, "Thanks!"), (3, "Hi, Pheebs!"), (2, "Hey!"),
                  (3, "Oh hi, Dan. Have you met my sister?"), (2, "Sure."))
    assert ("Speaker 2", "Phoebe") in found and ("Speaker 2", "Pheebs") in found
    assert ("Speaker 2", "Dan") not in found, found


def test_a_second_name_called_as_often_as_the_first_stays() -> None:
    found = names((1, "Phoebe, you were great tonight."), (2, "Thanks!"), (3, "Hi, Dan!"), (2, "Hey!"),
                  (3, "Dan, have you met my sister?"), (2, "Sure."))
    assert ("Speaker 2", "Dan") in found, found
