"""Starting at a firm is working there, said with the day ("I started at Shopify on Monday"), with a chat word after
it ("started at Shopify last week lol") or without the "I" ("just started at Google!!"); not a time ("I started at
9am"), a walk's start ("we started at Central Park"), a trip ("started at Disneyland and then went to Epcot")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("I started at Shopify on Monday", ("Ann", "worksFor", "Shopify")),
    ("started at Stripe last week lol", ("Ann", "worksFor", "Stripe")),
    ("just started at Google!!", ("Ann", "worksFor", "Google")),
    ("my brother just started at Siemens on monday", ("Ann's brother", "worksFor", "Siemens")),
])
def test_starting_at_a_firm_is_working_there(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "I started at 9am",
    "we started at Central Park",
    "started at Disneyland and then went to Epcot",
    "Started at the beginning",
])
def test_no_employer_started_at(text: str) -> None:
    assert not any(p == "worksFor" for _, p, _ in facts(text))
