"""Diets named in the words people use for them: "i am an ovo vegetarian", "a lacto-ovo vegetarian", "i am a new
pescatarian", "i practice veganism" give the diet; a denial, another's diet said to "you", and a book about one give
none for the speaker (kg_memory.extract.english.lexicon.DIETS, identity.r_diet_choice)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i am ovo vegetarian , eggs are my protein", ("Ann", "diet", "ovo vegetarian")),
    ("I'm a lacto-ovo vegetarian.", ("Ann", "diet", "lacto ovo vegetarian")),
    ("i am a new pescatarian as of june", ("Ann", "diet", "pescatarian")),
    ("i am a devout vegan", ("Ann", "diet", "vegan")),
    ("i practice vegetarianism for my health", ("Ann", "diet", "vegetarian")),
])
def test_the_diet_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", [
    "i am not an ovo vegetarian",
    "are you a lacto vegetarian?",
    "i do not practice veganism",
    "i just read a book about vegetarianism",
    "i was raised vegetarian but eat meat now",
])
def test_no_diet(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Ann" and f[1] == "diet"}
