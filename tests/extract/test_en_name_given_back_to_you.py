"""A name given back right after an introduction that ends asking "And you?" ("I'm Carmen, by the way. And you?" -
"Felix. ...") is the answerer's own; another question after the name told still leaves it unread."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_a_name_given_back_to_and_you_is_the_answerers() -> None:
    found = names((1, "Is this seat free?"), (2, "It is. I'm Carmen, by the way. And you?"),
                  (1, "Felix. I'm with the band."), (3, "Drinks, anyone?"))
    assert ("Speaker 1", "Felix") in found


def test_a_name_after_another_question_is_not_given_back() -> None:
    found = names((1, "Is this seat free?"), (2, "It is. I'm Carmen. Where's the bar?"),
                  (1, "Felix. He'll know, he works here."), (3, "Drinks, anyone?"))
    assert ("Speaker 1", "Felix") not in found
