"""What one wears for good is a look: "i wear glasses", "i have to wear braces", "still wearing contacts" give the
trait; clothes, sunglasses, a denial, a past and a wish give none (kg_memory.extract.english.worn)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i wear glasses , always have", ("Ann", "trait", "glasses")),
    ("i love comics though i have to wear thick glasses to read them", ("Ann", "trait", "thick glasses")),
    ("at 30 i am still wearing braces", ("Ann", "trait", "braces")),
    ("I wear really big round glasses.", ("Ann", "trait", "big round glasses")),
    ("my uncle wears a hearing aid", ("Ann's uncle", "trait", "hearing aid")),
])
def test_what_is_worn_for_good_is_a_look(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", [
    "i do not wear glasses",
    "i wear sunglasses at the beach",
    "i wear a suit to the office",
    "i wore braces in middle school",
    "should i wear glasses to the interview?",
    "i wish i did not have to wear braces",
    "i wear the glasses case on my belt",
])
def test_no_look(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Ann" and f[1] == "trait"}
