"""Not drinking, with no drink named, is not drinking alcohol (as "I don't drink alcohol"): "I don't drink", "i dont
drink, havent for like 3 years", "my husband doesn't drink at all"; "I don't drink or smoke" keeps no "smoke" disliked;
not "I didn't drink last night", "I don't drink much", "If I didn't drink ...", "do you drink?"."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "subject"), [
    ("I don't drink", "Ann"),
    ("i dont drink, havent for like 3 years", "Ann"),
    ("my husband doesn't drink at all", "Ann's husband"),
    ("I don't drink or smoke", "Ann"),
    ("nah i don't drink lol", "Ann"),
])
def test_not_drinking_is_no_alcohol(text: str, subject: str) -> None:
    found = facts(text)
    assert (subject, "dislikes", "alcohol") in found, found
    assert not any(o == "smoke" for _, _, o in found), found


@pytest.mark.parametrize("text", [
    "I didn't drink last night",
    "I don't drink much",
    "If I didn't drink I'd be bored",
    "do you drink?",
    "I drink",
])
def test_no_abstaining_said(text: str) -> None:
    assert not any(o == "alcohol" for _, _, o in facts(text))
