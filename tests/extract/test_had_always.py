"""A look or a condition had for long, said with "have had": "i have always had curly brown hair", "she has had
freckles since she was a baby", "i have had eczema since college" give the ``trait`` itself (not "had curly brown
hair"); a rough day, an operation, a pet, a denial and a question give no trait (kg_memory.extract.english.had_always)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _traits(text: str, who: str = "Ann") -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == who and f.predicate == "trait"}


@pytest.mark.parametrize(("text", "who", "trait"), [
    ("i have always had curly brown hair", "Ann", "curly brown hair"),
    ("i have had green eyes since i was born", "Ann", "green eyes"),
    ("my sister has had freckles since she was a baby", "Ann's sister", "freckles"),
    ("i have had eczema since college", "Ann", "eczema"),
])
def test_trait(text: str, who: str, trait: str) -> None:
    traits = _traits(text, who)
    assert trait in traits and not any(t.startswith("had ") for t in traits)


@pytest.mark.parametrize("text", [
    "i have had a long week at work",
    "i have had two operations on my knee",
    "i have never had short hair",
    "have you always had curly hair ?",
])
def test_no_trait(text: str) -> None:
    assert not _traits(text)
