"""The same memories in the embedded RDF store and in Neo4j give the same facts, history and answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kg_memory import Memory, Turn
from kg_memory.stores.rdf import RdfStore

pytestmark = pytest.mark.neo4j

QUERIES = Path(__file__).resolve().parents[2] / "queries"
T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
CONVERSATION = [
    ("c1", "Alice", "I live in Paris."),
    ("c1", "Bob", "I work at Acme. My dog Rex is 3 years old."),
    ("c1", "Alice", "I'm 30 years old."),
    ("c2", "Alice", "I moved to London."),
    ("c2", "Carol", "I live in Berlin and I work at Acme."),
    ("c2", "Alice", "I'm 31 years old."),
]


def turns(conversation: list[tuple[str, str, str]] = CONVERSATION) -> list[Turn]:
    counters: dict[str, int] = {}
    out = []
    for i, (conv, speaker, text) in enumerate(conversation):
        counters[conv] = counters.get(conv, 0) + 1
        out.append(Turn(conv, str(counters[conv]), speaker, text, T0 + timedelta(hours=i)))
    return out


@pytest.fixture
def memories(neo4j_store_factory):
    with Memory(RdfStore()) as rdf, Memory(neo4j_store_factory()) as graph:
        for m in (rdf, graph):
            m.remember(turns())
        yield rdf, graph


def key(fact):
    return (fact.subject.iri, fact.predicate, str(fact.object), str(fact.valid_from), str(fact.valid_to))


def test_same_facts_history_entities_and_turns(memories):
    rdf, graph = memories
    assert len(rdf.facts(history=True)) >= 6
    assert sorted(rdf.facts(history=True), key=key) == sorted(graph.facts(history=True), key=key)
    assert [f.iri for f in sorted(rdf.facts(history=True), key=key)] == [f.iri for f in sorted(graph.facts(history=True), key=key)]
    assert rdf.history("Alice") == graph.history("Alice")
    assert sorted(rdf.store.entities(), key=lambda e: e.iri) == sorted(graph.store.entities(), key=lambda e: e.iri)
    assert rdf.turns() == graph.turns()
    assert rdf.facts("Acme", incoming=True) == graph.facts("Acme", incoming=True) or sorted(
        rdf.facts("Acme", incoming=True), key=key) == sorted(graph.facts("Acme", incoming=True), key=key)


def test_same_answers_from_sparql_and_cypher(memories):
    rdf, graph = memories
    for name, params in [("people-and-places", {}), ("facts-about", {"name": "Alice"}), ("predicate-counts", {})]:
        sparql = rdf.query((QUERIES / f"{name}.rq").read_text(), **params).values()
        cypher = graph.cypher((QUERIES / f"{name}.cypher").read_text(), **params).values()
        if name == "facts-about":
            sparql = [{**r, "confidence": float(r["confidence"])} for r in sparql]
        assert sparql == cypher, name
    assert rdf.stats()["facts"] == graph.stats()["facts"]


@pytest.mark.parametrize("selector", [{"speaker": "Bob"}, {"conversation": "c1"}, {"entity": "Acme"}, {"everything": True}])
def test_same_forgetting(memories, selector):
    rdf, graph = memories
    assert rdf.forget(**selector) == graph.forget(**selector)
    assert sorted(rdf.facts(history=True), key=key) == sorted(graph.facts(history=True), key=key)
    assert rdf.turns() == graph.turns()
    assert sorted(e.iri for e in rdf.store.entities()) == sorted(e.iri for e in graph.store.entities())


def test_same_history_for_a_dated_move(neo4j_store_factory):
    said = [Turn("c1", "1", "Alice", "I live in Paris.", T0),
            Turn("c1", "2", "Alice", "Big news: I moved to London last month!", datetime(2024, 9, 15, tzinfo=UTC))]
    with Memory(RdfStore()) as rdf, Memory(neo4j_store_factory()) as graph:
        for m in (rdf, graph):
            m.remember(said)
        stored = [sorted((f.object.label, f.valid_from, f.valid_to) for f in m.history("Alice", "livesIn"))
                  for m in (rdf, graph)]
    moved = datetime(2024, 8, 1, tzinfo=UTC)
    assert stored[0] == stored[1] == [("London", moved, None), ("Paris", T0, moved)]


def test_same_history_for_a_dated_ending_in_a_later_batch(neo4j_store_factory):
    with Memory(RdfStore()) as rdf, Memory(neo4j_store_factory()) as graph:
        for m in (rdf, graph):
            m.remember([Turn("c1", "1", "Alice", "I work at Acme.", T0)])
            m.remember([Turn("c2", "1", "Alice", "I quit my job last week.", datetime(2024, 9, 15, tzinfo=UTC))])
        stored = [[(f.object.label, f.valid_from, f.valid_to) for f in m.history("Alice", "worksFor")] for m in (rdf, graph)]
    assert stored[0] == stored[1] == [("Acme", T0, datetime(2024, 9, 2, tzinfo=UTC))]


@pytest.mark.parametrize(("at", "city"), [("2024-06-01", "Paris"), ("2024-08-15", "London"),
                                          ("2024-09-01T12:00:00Z", "London")])
def test_same_answers_from_the_as_of_queries(neo4j_store_factory, at, city):
    said = [Turn("c1", "1", "Alice", "I live in Paris and I work at Acme.", T0),
            Turn("c1", "2", "Alice", "Big news: I moved to London last month!", datetime(2024, 9, 15, tzinfo=UTC))]
    with Memory(RdfStore()) as rdf, Memory(neo4j_store_factory()) as graph:
        for m in (rdf, graph):
            m.remember(said)
        sparql = rdf.query((QUERIES / "as-of.rq").read_text(), at=at).values()
        cypher = graph.cypher((QUERIES / "as-of.cypher").read_text(), at=at).values()
    assert [(r["subject"], r["predicate"], r["value"]) for r in sparql] == [
        ("Alice", "livesIn", city), ("Alice", "worksFor", "Acme")]
    assert sparql == cypher
