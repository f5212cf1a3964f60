""""I hate having to <do it>" dislikes the doing, as "I hate to <do it>" does: "i hate having to iron shirts", "i
really dislike having to commute" give ``dislikes`` ("iron shirts", "commute"), not "having"; a hedge ("i hate having
to ask you this"), a deed toward someone ("i hate having to lie to Mona"), a denial and another's dislike give the
speaker none (kg_memory.extract.english.tables)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _dislikes(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "dislikes"}


@pytest.mark.parametrize(("text", "thing"), [
    ("i hate having to iron shirts", "iron shirts"),
    ("i really dislike having to commute", "commute"),
    ("i hate having to iron shirts lol", "iron shirts"),
])
def test_dislike(text: str, thing: str) -> None:
    found = _dislikes(text)
    assert thing in found and "having" not in found


@pytest.mark.parametrize("text", [
    "i hate having to ask you this",
    "i hate having to lie to Mona about the party",
    "i do not hate having to cook",
    "my son hates having to clean his room",
])
def test_no_dislike(text: str) -> None:
    assert not _dislikes(text)
