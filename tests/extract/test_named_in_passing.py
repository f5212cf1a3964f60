"""Lower-case chat names itself in passing, with no greeting: "well i am priscilla thanks for asking", "i am omar i
teach math", "sorry i am late but i am kendra" give the speaker's name when it is a known first name that ends its
clause; "i am early", "i am lucky", "i am frank with you", "i think i am ready", and a capitalised turn's "I am early"
give none (kg_memory.extract.english.introductions)."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _names(text: str) -> set[str]:
    return {str(f.object) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.predicate == "name" and f.subject.label == "Ann"}


@pytest.mark.parametrize(("text", "name"), [
    ("well i am priscilla thanks for asking", "priscilla"),
    ("i am omar i teach math at a middle school", "omar"),
    ("sorry i am late but i am kendra", "kendra"),
    ("i am walter and i still fish every sunday", "walter"),
    ("the weather is great i am diego , just got home", "diego"),
])
def test_named_in_passing(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "i am early today for once",
    "i am lucky i got the last seat",
    "i am frank with everyone",
    "i am loyal and i never forget a friend",
    "i think i am ready",
    "i am young i have a lot of time",
    "I am early, so I grabbed us a table.",
    "i wish i am done by noon",
])
def test_no_name(text: str) -> None:
    assert not _names(text)


def test_bare_known_name() -> None:
    """A known first name alone after "i am" is an introduction, not a mood."""
    assert _names("i am lucy") == {"lucy"}
