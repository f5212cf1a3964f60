"""One introduced with the speaker in one breath ("I'm Femi, this is my wife, Ronke.") who answers for the two ("Hi.
We're nervous.") is the one brought along, also where the answer names a place ("We've rented a flat in Leeds for years."): a
place after "in", "from" or "near" names no one. A name called in the answer ("Hi, Wren!") still leaves it unsure."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts

_NAMED = ("alternateName", "name")


def _dialogue(answer: str) -> list[tuple[str, str, object]]:
    return facts((1, "Mr. and Mrs. Abara? Come in. I'm Wren Dolan, your loan officer."),
                 (2, "Thank you. I'm Femi, this is my wife, Ronke."), (3, answer),
                 (1, "Don't be nervous. Femi, where do you work?"), (2, "At the power company."),
                 (3, "And I'm a nurse at the clinic on Main Street."))


def test_the_one_answering_for_two_with_a_place_is_the_one_brought_along() -> None:
    found = _dialogue("Hi. We're a bit anxious. We've rented a flat in Leeds since the twins were born.")
    assert any(s == "Speaker 3" and p in _NAMED and o == "Ronke" for s, p, o in found)


def test_an_answer_calling_someone_leaves_it_unsure() -> None:
    found = _dialogue("Hi, Wren! We're a bit anxious. We've rented a flat in Leeds since the twins were born.")
    assert not any(s == "Speaker 3" and p in _NAMED and o == "Ronke" for s, p, o in found)
