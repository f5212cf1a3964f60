"""A name answering a question for someone, set beside what its bearer is ("Who wrote that song?" - "Carole King, the
Queen of Tapestry!"), and a work asked about ("Who directed Vertigo?"), name no speaker; a name called with what the
one called should do still calls the one who answers."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("question", "answer"), [
    ("Who wrote that song?", "Carole King, Queen of the Seventies!"),
    ("Okay, who sang Jolene?", "Oh, Dolly Parton, the queen of country."),
    ("Who directed Vertigo?", "Alfred Hitchcock, Master of Suspense."),
    ("Who did Riverdance?", "Easy, Michael Flatley, Lord of the Dance!"),
])
def test_a_quiz_answer_names_nobody(question: str, answer: str) -> None:
    found = names((1, question), (2, answer), (1, "Correct!"), (2, "Next one."))
    assert found == set()


def test_a_name_called_after_a_question_for_someone_still_calls() -> None:
    found = names((1, "Who took my charger?"), (2, "Denise, you had it last."), (3, "Not me!"), (2, "Sure, Denise."))
    assert ("Speaker 3", "Denise") in found


def test_a_quiz_answer_to_what_names_nobody() -> None:
    found = names((1, "Which legend of the stage gives Dana nightmares?"), (2, "Bob Fosse, King of Jazz Hands!"),
                  (1, "Correct!"), (2, "Next one."))
    assert found == set()
