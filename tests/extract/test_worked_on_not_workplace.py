"""A thing "that i work on" is worked on, not a workplace ("the old boats that i work on": no worksFor), while "the
bakery that i work at" still names where one works (kg_memory.extract.english.where_clauses.workplace_before)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _employers(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "worksFor"}


@pytest.mark.parametrize("text", [
    "i restore the old boats that i work on every summer",
    "the puzzles that i am working on are so hard",
])
def test_worked_on_is_no_workplace(text: str) -> None:
    assert not _employers(text)


@pytest.mark.parametrize(("text", "employer"), [
    ("the bakery that i work at is closing", "bakery"),
    ("the diner where i work is packed", "diner"),
])
def test_workplace_still_read(text: str, employer: str) -> None:
    assert employer in _employers(text)
