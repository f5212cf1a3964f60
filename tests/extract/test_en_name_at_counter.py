"""A name asked at a counter ("Name for the order?", "Name on the reservation?", "What name is it under?") is the
answerer's: "Okafor. Grace Okafor." names them Grace Okafor (the whole name after the surname). A thing's name asked
("The name of the boat?", "Name for the baby?") or a name praised ("I love that name?") names nobody."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize(("asked", "answer", "name"), [
    ("Next! Name for the order?", "Bishop. Two lattes.", "Bishop"),
    ("Hi there. Name on the reservation?", "Okafor. Grace Okafor.", "Grace Okafor"),
    ("And the name?", "Theo Marsh.", "Theo Marsh"),
    ("What name is it under?", "Lindqvist.", "Lindqvist"),
    ("Sure. Last name?", "Moreau.", "Moreau"),
])
def test_counter_answer_names_answerer(asked: str, answer: str, name: str) -> None:
    assert ("Speaker 2", name) in names((1, asked), (2, answer), (3, "I'll wait outside."))


@pytest.mark.parametrize(("asked", "answer"), [
    ("The name of the boat?", "Marigold."),
    ("Name for the baby?", "Clementine."),
    ("I love that name?", "Juniper."),
])
def test_other_names_asked(asked: str, answer: str) -> None:
    assert not names((1, asked), (2, answer), (3, "Cute."))
