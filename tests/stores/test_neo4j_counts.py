"""Neo4j's ``stats()`` from counts kept by the writes (the same numbers as the embedded store, no scan),
and facts found by IRI on an index (delete, pin, read)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from kg_memory import Memory, Turn, ids
from kg_memory.stores.base import STATS_KEYS
from kg_memory.stores.neo4j import Neo4jStore
from kg_memory.stores.rdf import RdfStore
from kg_memory.types import Entity, Fact, Provenance
from kg_memory.vocab import KGM
from tests.stores.test_neo4j_writes import SCANS, plan_operators
from tests.stores.test_parity import CONVERSATION as PARITY_CONVERSATION
from tests.stores.test_parity import turns as parity_turns

pytestmark = pytest.mark.neo4j

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
FUNCTIONAL = {KGM + "livesIn", KGM + "age"}
CONVERSATION = [*PARITY_CONVERSATION, ("c3", "Dan", "I live in Rome.")]


def turns() -> list[Turn]:
    return parity_turns(CONVERSATION)


def person(name: str) -> Entity:
    return Entity(name, "Person", ids.entity_iri(name, "Person"))


def place(name: str) -> Entity:
    return Entity(name, "Place", ids.entity_iri(name, "Place"))


def counts(memory: Memory, namespace: str = "default") -> dict[str, int]:
    return {k: memory.store.stats(namespace=namespace)[k] for k in STATS_KEYS}


@pytest.fixture
def pair(neo4j_store_factory):
    with Memory(RdfStore()) as rdf, Memory(neo4j_store_factory()) as graph:
        yield rdf, graph


def test_stats_match_the_embedded_store_after_writes_closings_and_forgets(pair):
    rdf, graph = pair

    def same(step: str) -> None:
        for ns in ("default", "other"):
            assert counts(graph, ns) == counts(rdf, ns), (step, ns)

    for m in pair:
        m.remember(turns())
        m.store.add([Fact(person("Eve"), "livesIn", place("Oslo"), sources=(Provenance("c9", "1", "Eve", T0),))],
                    namespace="other", functional=FUNCTIONAL)
    same("remember")
    assert counts(graph)["closed_facts"] >= 2 and counts(graph)["conversations"] == 3
    alice = person("Alice")
    for m in pair:  # closes Alice's city, an ending, a closed fact given as such, a re-added fact
        m.store.add([Fact(alice, "livesIn", place("Madrid"), valid_from=T0 + timedelta(days=9)),
                     Fact(alice, "knows", person("Dan"), valid_to=T0),
                     Fact(person("Dan"), "livesIn", place("Rome"), ended=True, valid_to=T0 + timedelta(days=9)),
                     Fact(person("Carol"), "livesIn", place("Berlin"), 0.2)],
                    functional=FUNCTIONAL, turns=[Turn("c4", "1", "Alice", "Madrid now.", T0 + timedelta(days=9))])
    same("closings")
    target = next(f for f in rdf.facts() if f.predicate == "worksFor")
    for m in pair:
        assert m.store.forget(fact=target.iri) == 1
    same("forget fact")
    for m in pair:  # a cited turn stays as a stub, an uncited one goes (its conversation keeps another turn)
        m.store.strip_turns([ids.turn_iri("c3", "1"), ids.turn_iri("c2", "2")])
    same("strip turns")
    for m in pair:
        m.forget(speaker="Bob")
    same("forget speaker")
    for m in pair:
        m.forget(conversation="c1")
    same("forget conversation")
    for m in pair:
        m.forget(entity="Carol")
    same("forget entity")
    for m in pair:
        m.forget(everything=True)
    same("forget everything")
    assert counts(graph) == dict.fromkeys(STATS_KEYS, 0) and counts(graph, "other")["facts"] == 1


def test_stats_read_the_counts_and_the_count_store_only(neo4j_store_factory):
    statements: list[tuple[str, dict[str, Any]]] = []
    neo4j_store_factory().close()  # an empty graph
    with Memory(neo4j_store_factory()) as m:
        store = m.store
        assert isinstance(store, Neo4jStore)
        store.tracer = lambda text, params: statements.append((text, params))
        m.remember(turns())
        assert not [t for t, _ in statements if "MERGE (c:KgmCounts" in t and "count(" in t]  # a new namespace: no recount
        statements.clear()
        store.stats()
        statements.clear()
        assert store.stats()["turns"] == len(CONVERSATION) and store.count() == store.stats()["facts"]
        assert len(statements) == 3  # one statement a call, nothing counted again
        for text, params in statements:
            operators = plan_operators(store, text, params)
            assert not {op for op in operators if op.endswith(SCANS)}, text
            assert {"NodeCountFromCountStore", "RelationshipCountFromCountStore"} <= operators


def test_counts_recover_from_writes_the_store_cannot_follow(neo4j_store_factory, neo4j_uri, neo4j_auth):
    import neo4j

    rdf = Memory(RdfStore())
    with Memory(neo4j_store_factory()) as m:
        for memory in (rdf, m):
            memory.remember(turns())
        expected = counts(rdf)
        m.store.update("MATCH (e:Entity {namespace: $namespace, name: 'Rex'}) DETACH DELETE e")
        rdf.forget(entity="Rex")
        # the data no longer matches these counts: the check against the count store notices
        assert counts(m) == counts(rdf) != expected
        with neo4j.GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
            driver.execute_query("MATCH (t:Turn {conversation: 'c3'}) DETACH DELETE t")
        rdf.store.strip_turns([ids.turn_iri("c3", "1")])
        assert counts(m)["turns"] == len(CONVERSATION) - 1 and counts(m)["conversations"] == 2
    with neo4j.GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:  # a graph from before the counts
        driver.execute_query("MATCH (c:KgmCounts) DELETE c")
        driver.execute_query("CREATE (:Entity {name: 'made by hand'})-[:RELATED]->(:Entity {name: 'in no namespace'})")
    statements: list[str] = []
    with Neo4jStore(neo4j_uri, auth=neo4j_auth, tracer=lambda text, params: statements.append(text)) as store:
        assert store.stats()["turns"] == len(CONVERSATION) - 1
        store.add([Fact(person("Zoe"), "age", 40)])
        assert store.stats()["entities"] == counts(rdf)["entities"] + 1
        statements.clear()
        assert store.stats()["facts"] == counts(rdf)["facts"] + 1 and len(statements) == 1  # no count again


def test_facts_are_found_by_iri_on_an_index(neo4j_store_factory):
    """Reading, pinning, forgetting and replacing a fact by IRI seek it on its type's IRI index."""
    with neo4j_store_factory() as store:
        alice = person("Alice")
        stored = store.add([Fact(alice, "livesIn", place("Paris")), Fact(alice, "age", 30),
                            Fact(alice, "https://schema.org/knows", person("Bob"))], functional=FUNCTIONAL)
        store.add([Fact(alice, "livesIn", place("Rome"))], functional=FUNCTIONAL)
        paris = next(f for f in store.facts(subject=alice.iri, history=True)
                     if getattr(f.object, "label", None) == "Paris")
        calls = {
            "fact": lambda: store.fact(paris.iri) == paris,
            "pin": lambda: store.pin([paris.iri, stored[1].iri, "urn:nothing"]) == 2,
            "forget": lambda: store.forget(fact=stored[2].iri) == 1 and store.forget(fact=stored[2].iri) == 0,
            "replace": lambda: store.replace([stored[1].iri], [Fact(alice, "age", 31)]) is None,
        }
        for name, call in calls.items():
            statements: list[tuple[str, dict[str, Any]]] = []
            store.tracer = lambda text, params, seen=statements: seen.append((text, params))
            assert call(), name
            store.tracer = None
            operators = [plan_operators(store, text, params) for text, params in statements]
            assert any(any("RelationshipIndexSeek" in op for op in ops) for ops in operators), name
            by_iri = [ops for (text, _), ops in zip(statements, operators) if "iri" in text and "Value" not in text]
            assert not {op for ops in by_iri for op in ops if op.endswith(SCANS)}, name
        assert store.pinned() == {paris.iri}  # the pinned age was replaced
        assert sorted(str(getattr(f.object, "label", f.object)) for f in store.facts(subject=alice.iri)) == ["31", "Rome"]
        assert store.stats()["facts"] == 2 and store.stats()["closed_facts"] == 1
