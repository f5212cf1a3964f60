"""A move told by a gerund after "since", with no subject: "since moving to vermont i ski more" and "ever since living
in maine , i love snow" give the speaker's home (as "since i moved to vermont" does); "since moving out of maine" and
a question give none (kg_memory.extract.english.place_there). Invented lines."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Turn


def _homes(text: str) -> set[str]:
    return {str(getattr(f.object, "label", f.object)) for f in RuleExtractor().extract([Turn("c", "1", "Ann", text)])
            if f.subject.label == "Ann" and f.predicate == "livesIn" and not f.ended}


@pytest.mark.parametrize(("text", "home"), [
    ("since moving to vermont i ski more", "vermont"),
    ("ever since living in maine , i love snow", "maine"),
    ("since moving back to iowa , i garden a lot", "iowa"),
])
def test_home(text: str, home: str) -> None:
    assert home in _homes(text), _homes(text)


@pytest.mark.parametrize("text", [
    "since moving out of maine i relax more",
    "how long has it been since moving to vermont ?",
])
def test_no_home(text: str) -> None:
    assert not _homes(text), _homes(text)
