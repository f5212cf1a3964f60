""""How's your husband holding up?" - "Desmond's doing better, thanks.": the relative asked after, answered by a name
opening the answer, is that name (Desmond is the one answering's husband); not a name the answer tells did something
to the relative ("Is your son coming?" - "Marcus is driving him."), nor one of the other gender, nor one of many
("How are your kids?" - "Theo's great.")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("question", "answer", "fact"), [
    ("How's your husband holding up?", "Desmond's doing better, thanks. He's home now.", ("Speaker 2", "spouse", "Desmond")),
    ("Is your sister coming to the party?", "Lucia's stuck at the airport in Denver.", ("Speaker 2", "sibling", "Lucia")),
    ("And your dad, is he still fishing every weekend?", "Oh, Walter passed last spring.", ("Speaker 2", "parent", "Walter")),
])
def test_the_relative_asked_after_is_the_name_answered(question: str, answer: str, fact: tuple[str, str, str]) -> None:
    said = facts((1, question), (2, answer), (3, "Give them my best."))
    assert fact in said, said


@pytest.mark.parametrize(("question", "answer", "name"), [
    ("Is your son coming tonight?", "Marcus is driving him over later.", "Marcus"),
    ("How's your brother?", "Renata's with him at the clinic.", "Renata"),
    ("How are your kids?", "Theo's great. Ava hates school.", "Theo"),
])
def test_someone_else_named_in_the_answer_is_no_relative(question: str, answer: str, name: str) -> None:
    said = facts((1, question), (2, answer), (3, "Give them my best."))
    assert not any(s == "Speaker 2" and o == name for s, _, o in said), said


@pytest.mark.parametrize(("question", "answer", "fact"), [
    ("And your sister? She always made the potato salad.", "Odette moved to Lisbon last year.", ("Speaker 2", "sibling", "Odette")),
    ("What about your husband? He loved these picnics.", "Bertrand passed in the spring.", ("Speaker 2", "spouse", "Bertrand")),
])
def test_the_relative_asked_then_told_of(question: str, answer: str, fact: tuple[str, str, str]) -> None:
    said = facts((1, question), (2, answer), (3, "I'm so sorry."))
    assert fact in said, said


def test_someone_else_named_after_asked_then_told_of() -> None:
    said = facts((1, "And your brother? He never misses these."), (2, "Colette drove him to the airport."), (3, "Ah."))
    assert not any(s == "Speaker 2" and o == "Colette" for s, _, o in said), said
