"""Being stationed somewhere is living there (as "based in"): "my brother is stationed in Germany", "my husband is
stationed at Fort Bragg rn", "I'm stationed in Okinawa with the marines"; not denied or supposed."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("my brother is stationed in Germany", ("Ann's brother", "livesIn", "Germany")),
    ("my husband is stationed at Fort Bragg rn", ("Ann's husband", "livesIn", "Fort Bragg")),
    ("I'm stationed in Okinawa with the marines", ("Ann", "livesIn", "Okinawa")),
    ("my son is currently stationed in San Diego", ("Ann's son", "livesIn", "San Diego")),
])
def test_stationed_somewhere_lives_there(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", ["my brother isn't stationed in Germany", "if I were stationed in Japan I'd learn Japanese"])
def test_no_home_denied_or_supposed(text: str) -> None:
    found = facts(text)
    assert not any(p == "livesIn" for _, p, _ in found), found
