""""Where does your son go to school?" - "Boise State. Accounting.": a school's name alone answering where the one
spoken to, or their relative, goes to school is that one's school, and a field alone after it the field; a place that
is no school ("Where does your son go?" - "Tacoma. Every summer.") gives none."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("question", "answer", "who", "school", "field"), [
    ("Where does your son go to school?", "Boise State. Accounting.", "Speaker 2's son", "Boise State", "accounting"),
    ("And which college does your niece go to?", "Carleton College. Geology, of all things.", "Speaker 2's niece",
     "Carleton College", None),
    ("What school do you go to?", "Vassar.", "Speaker 2", "Vassar", None),
])
def test_a_school_alone_answers(question: str, answer: str, who: str, school: str, field: str | None) -> None:
    said = facts((1, question), (2, answer), (3, "Oh, nice."))
    assert (who, "studiesAt", school) in said, said
    if field:
        assert (who, "fieldOfStudy", field) in said, said


def test_a_place_is_no_school() -> None:
    said = facts((1, "Where does your son go?"), (2, "Tacoma. Every summer."), (3, "Oh, nice."))
    assert not any(p == "studiesAt" for _, p, _ in said), said
