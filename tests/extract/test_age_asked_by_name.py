""""How old is Lily?" - "She's five.": the name asked after is the one the answer's "she" or "he" means, whatever
gender the name may have."""

from __future__ import annotations

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Turn


def _facts(question: str, answer: str) -> set[tuple[str, str, str]]:
    turns = [Turn("c", "1", "Bo", question), Turn("c", "2", "Ann", answer)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("question", "answer", "who", "age"), [
    ("How old is Wren?", "She's five.", "Wren", "5"),
    ("And how old is Sasha now?", "Oh, he's almost ten.", "Sasha", "10"),
    ("How old's Wren?", "She is seven years old.", "Wren", "7"),
])
def test_the_age_goes_to_the_one_asked(question: str, answer: str, who: str, age: str) -> None:
    assert (who, "age", age) in _facts(question, answer)


@pytest.mark.parametrize(("question", "answer"), [
    ("How old is Wren? And Kit?", "I don't know. She's five."),
    ("How old is Bo?", "He's five."),
    ("Is Wren coming?", "She's five."),
])
def test_no_age_to_anyone_named(question: str, answer: str) -> None:
    assert not [f for f in _facts(question, answer) if f[1] == "age"]
