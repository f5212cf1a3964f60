""""Is this the right form, Marguerite?" - "Almost, Dennis. Sign on page two." asks Marguerite something: "Almost,
Dennis." is a verdict said to Dennis, no name put right ("Don?" - "Close. Ron.") that would make Dennis the one
answering."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("question", "answer", "name"), [
    ("Is this the right form, Marguerite?", "Almost, Dennis. Sign on page two.", "Dennis"),
    ("Can you check my knot, Ines?", "Close, Walter. Pull the left end.", "Walter"),
    ("How does it sound, Petra?", "No, Gordon. Slower.", "Gordon"),
])
def test_a_verdict_after_a_question_to_the_called_names_not_the_one_answering(question: str, answer: str,
                                                                              name: str) -> None:
    found = names((1, question), (2, answer), (1, "Okay."))
    assert ("Speaker 2", name) not in found, found


def test_a_name_guessed_and_put_right_still_names_the_one_answering() -> None:
    assert ("Speaker 2", "Ron") in names((1, "Sorry, is it Don?"), (2, "Close. Ron."), (1, "Ron, right. Sorry."))
    assert ("Speaker 2", "Mark") in names((1, "Uh, Mike?"), (2, "No, Mark."), (1, "Sorry, Mark."))
