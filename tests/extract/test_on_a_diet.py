"""Being on a diet with none named is dieting: "i am on a diet", "i am on a strict diet", "i have been dieting" give
diet "dieting" (and "a strict diet" no diet called "strict"); a diet named keeps its name ("on a strict paleo diet":
paleo); a diet of some food, a wish, a denial and a dislike of dieting give no diet
(kg_memory.extract.english.identity)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i am on a diet , so no dessert for me", ("Ann", "diet", "dieting")),
    ("ugh i am on a strict diet until june", ("Ann", "diet", "dieting")),
    ("I've been dieting since New Year.", ("Ann", "diet", "dieting")),
    ("i am always dieting and always hungry", ("Ann", "diet", "dieting")),
    ("i am on a strict paleo diet", ("Ann", "diet", "paleo")),
])
def test_dieting_is_kept(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


def test_no_diet_called_strict() -> None:
    assert ("Ann", "diet", "strict") not in _facts("i am on a strict diet")


@pytest.mark.parametrize("text", [
    "i am on a diet of coffee and toast this week",
    "i should really go on a diet",
    "i am not on a diet",
    "i hate dieting",
    "are you on a diet?",
])
def test_no_diet(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Ann" and f[1] == "diet"}
