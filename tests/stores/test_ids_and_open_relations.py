"""Fact ids and open relations on every backend (issue 18, items 1 and 5)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from kg_memory import Memory, Turn
from kg_memory.ids import RELATION_BASE, short_fact_id
from tests.stores.backends import BACKENDS, make_store


@pytest.fixture(params=BACKENDS)
def memory(request: pytest.FixtureRequest, tmp_path) -> Iterator[Memory]:
    with Memory(make_store(request.param, request, tmp_path)) as m:
        yield m


def test_fact_ids_round_trip(memory: Memory):
    paris = memory.add("Alice", "livesIn", "Paris", valid_from=datetime(2020, 1, 1, tzinfo=UTC))
    assert paris.iri is not None
    assert memory.get(short_fact_id(paris.iri)).object.label == "Paris"
    london = memory.add("Alice", "居住地", "London", valid_from=datetime(2023, 1, 1, tzinfo=UTC))
    closed = memory.history("Alice", "livesIn")[0]
    assert closed.valid_to is not None and memory.get(closed.iri).valid_to == closed.valid_to
    assert [f.object.label for f in memory.history(london.iri)] == ["Paris", "London"]
    assert [f.object.label for f in memory.history(short_fact_id(closed.iri))] == ["Paris", "London"]
    assert memory.forget(fact=short_fact_id(closed.iri)) == 1
    assert [f.object.label for f in memory.history("Alice")] == ["London"]


def test_remember_returns_ids(memory: Memory):
    report = memory.remember([Turn("c", "1", "Alice", "I live in Paris.", datetime(2024, 1, 1, tzinfo=UTC)),
                              Turn("c", "2", "Alice", "I moved to London.", datetime(2024, 6, 1, tzinfo=UTC))])
    stored = {f.object.label: f for f in report.stored if f.predicate == "livesIn"}
    assert stored["Paris"].valid_to is not None and stored["London"].valid_to is None
    assert memory.get(stored["Paris"].iri).valid_to is not None
    assert memory.get(stored["London"].iri).is_current


def test_open_relations_are_stored_and_matched(memory: Memory):
    fact = memory.add("Ann", "invests in", "Acme")
    memory.add("Bob", "invests in", "Initech")
    assert fact.predicate == RELATION_BASE + "invests_in"
    assert sorted(f.object.label for f in memory.facts(predicate="invests in")) == ["Acme", "Initech"]
    assert memory.get(fact.iri).predicate == RELATION_BASE + "invests_in"
    assert memory.stats()["facts"] == 2 and memory.stats()["entities"] == 4
    if memory.store.query_language == "sparql":
        rows = memory.query("SELECT ?who WHERE { ?r rdfs:label 'invests in' . ?s ?r ?o . ?s rdfs:label ?who } "
                            "ORDER BY ?who").values()
        assert rows == [{"who": "Ann"}, {"who": "Bob"}]
    else:
        rows = memory.cypher("MATCH (s:Entity {namespace: $namespace})-[r]->(o) WHERE r.predicate = $p "
                             "RETURN s.name AS who ORDER BY who", p=RELATION_BASE + "invests_in").values()
        assert rows == [{"who": "Ann"}, {"who": "Bob"}]
