from __future__ import annotations

from datetime import datetime

import pytest

from kg_memory.extract import RuleExtractor
from kg_memory.types import Entity, Turn

NOW = datetime(2024, 3, 10, 12, 0)


@pytest.fixture(scope="session")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def say(rules):
    """Run the rules over a conversation whose turns alternate between ``speakers``."""

    def run(*texts: str, speakers=("Ann", "Bob"), time=NOW):
        turns = [Turn("c1", str(i + 1), speakers[i % len(speakers)], t, time) for i, t in enumerate(texts)]
        return rules.extract(turns)

    return run


@pytest.fixture
def triples():
    """(subject label, predicate, object label or value) of facts, as a set."""

    def run(facts):
        return {(f.subject.label, f.predicate, f.object.label if isinstance(f.object, Entity) else f.object)
                for f in facts}

    return run
