"""A question typed with a comma for its question mark, then a bare answer: "do you like kayaking , i sure do" likes
kayaking as "do you like kayaking ? i sure do" does; "i do not" dislikes it; a comma after the answer ends it ("i do ,
maybe we can go together"). An answer that says more ("i do not know") or a question that asks of another thing
gives nothing (kg_memory.extract.english.answers). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _said(text: str) -> set[tuple[str, str]]:
    return {(f.predicate, str(getattr(f.object, "label", f.object))) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann"}


@pytest.mark.parametrize(("text", "fact"), [
    ("do you like kayaking , i sure do", ("likes", "kayaking")),
    ("do you like kayaking , i do too .", ("likes", "kayaking")),
    ("do you like the lake , i sure do , maybe we can go together", ("likes", "lake")),
    ("do you play chess , yes i do", ("hobby", "chess")),
    ("do you like olives , i do not at all", ("dislikes", "olives")),
])
def test_the_answer_is_read(text: str, fact: tuple[str, str]) -> None:
    assert fact in _said(text), _said(text)


@pytest.mark.parametrize("text", [
    "do you like olives , i do not know",
    "do you like cats , dogs , i do",
])
def test_no_liking(text: str) -> None:
    assert not {f for f in _said(text) if f[0] in ("likes", "dislikes")}, _said(text)
