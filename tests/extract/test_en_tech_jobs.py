"""A technician named short is a job: "my sister is a vet tech", "I'm a lab tech at a hospital", "i work as a pharmacy
tech at cvs", "I'm a nail tech lol"; "tech" alone, the trade, is none ("I work in tech", "I'm into tech")."""

from __future__ import annotations

import pytest

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else str(f.object))
            for f in RuleExtractor().extract([Turn("c", "0", "Ann", text)])}


@pytest.mark.parametrize(("text", "fact"), [
    ("my sister is a vet tech", ("Ann's sister", "jobTitle", "vet tech")),
    ("I'm a lab tech at a hospital", ("Ann", "jobTitle", "lab tech")),
    ("i work as a pharmacy tech at cvs", ("Ann", "jobTitle", "pharmacy tech")),
    ("I'm a nail tech lol", ("Ann", "jobTitle", "nail tech")),
    ("my mom is an ultrasound tech", ("Ann's mom", "jobTitle", "ultrasound tech")),
])
def test_a_technician_named_short_is_a_job(text: str, fact: tuple[str, str, str]) -> None:
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", ["I work in tech", "I'm into tech"])
def test_the_trade_is_no_job(text: str) -> None:
    assert not any(p == "jobTitle" for _, p, _ in facts(text))
