"""A reason, then "that is why i ..." or ", which is why i ...": the clause after it is the speaker's own statement
("i adore cows that is why i am vegetarian": vegetarian; "i love snow , which is why i live in denver": denver)
(kg_memory.extract.english.segment.CLAUSE_SPLIT)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, str(getattr(f.object, "label", f.object)))
            for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("i adore cows that is why i am vegetarian", ("Ann", "diet", "vegetarian")),
    ("i love snow , which is why i live in Denver", ("Ann", "livesIn", "Denver")),
    ("i like old engines which is why i work for a garage", ("Ann", "worksFor", "garage")),
    ("i am a big fan of purple , which is why i have a pet iguana", ("Ann", "hasPet", "Ann's pet iguana")),
])
def test_the_clause_after_the_reason_is_read(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("i adore cows that is why i am vegetarian", ("Ann", "likes", "cows")),
    ("i love snow , which is why i live in Denver", ("Ann", "likes", "snow")),
    ("i like kayaking on the lake maybe that is why i stay", ("Ann", "likes", "kayaking")),  # a guess about the reason
])
def test_the_reason_is_still_read(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("text", [
    "is that why you are vegetarian ?",
    "i wonder if that is why i am so tired of meat",
    "my aunt loves cows , that is why she is vegetarian",
    "i love cows , that is why i might go vegetarian",
])
def test_no_diet_of_the_speaker(text: str) -> None:
    assert not {f for f in _facts(text) if f[0] == "Ann" and f[1] == "diet"}
