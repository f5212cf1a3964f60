"""What follows "and" with its "is" left out is said of the same subject: "my son is 7 and obsessed with dinosaurs" (the
son likes dinosaurs), "I'm 30 and obsessed with yoga"; not after a clause that is no state ("moved ... and into ...")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(*texts: str, speaker: str = "Ann") -> set[tuple[str, str, str]]:
    turns = [Turn("c", str(i), speaker if i % 2 == 0 else "Bot", t) for i, t in enumerate(texts)]
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract(turns)}


@pytest.mark.parametrize(("text", "fact"), [
    ("my son is 7 and obsessed with dinosaurs", ("Ann's son", "likes", "dinosaurs")),
    ("I'm 30 and obsessed with yoga", ("Ann", "likes", "yoga")),
    ("my daughter is 5 and allergic to peanuts", ("Ann's daughter", "trait", "allergic to peanuts")),
    ("my husband is a nurse and scared of spiders", ("Ann's husband", "dislikes", "spiders")),
])
def test_what_follows_and_with_its_is_left_out(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found
    assert not any(s == "Ann" and p == fact[1] for s, p, _ in found if fact[0] != "Ann"), found

@pytest.mark.parametrize("text", [
    "I moved to Boston and into a new apartment",  # no liking of an apartment
    "I went to the zoo and scared of nothing",
])
def test_no_liking_where_the_clause_before_is_no_state(text: str) -> None:
    found = facts(text)
    assert not any(p in ("likes", "dislikes") for _, p, _ in found), found
