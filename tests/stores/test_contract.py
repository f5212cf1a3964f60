"""One behaviour suite for every Store backend (rdflib's make_graph pattern).

The ``store`` fixture is parametrised over the backends; server-backed ones start real servers.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from kg_memory import ids
from kg_memory.stores import Store, open_store
from kg_memory.types import Entity, Fact, Provenance, Turn
from kg_memory.vocab import KGM

BACKENDS = ["memory", "disk", pytest.param("neo4j", marks=pytest.mark.neo4j),
            pytest.param("sparql_endpoint", marks=pytest.mark.oxigraph)]


def _make(kind: str, request: pytest.FixtureRequest, tmp_path) -> Store:
    if kind == "memory":
        return open_store("memory://")
    if kind == "disk":
        return open_store(tmp_path / "store")
    return request.getfixturevalue(f"{kind}_store_factory")()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    s = _make(request.param, request, tmp_path)
    with s:
        yield s


def person(name: str) -> Entity:
    return Entity(name, "Person", ids.entity_iri(name, "Person"))


def place(name: str) -> Entity:
    return Entity(name, "Place", ids.entity_iri(name, "Place"))


T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
T1 = datetime(2024, 6, 1, tzinfo=timezone.utc)
FUNCTIONAL = {KGM + "livesIn", KGM + "age"}


def turn(conv: str, n: int, speaker: str, text: str, time: datetime = T0) -> Turn:
    return Turn(conv, str(n), speaker, text, time)


def src(conv: str, n: int, speaker: str, time: datetime = T0) -> tuple[Provenance, ...]:
    return (Provenance(conv, str(n), speaker, time),)


def test_add_and_match(store: Store):
    alice, paris = person("Alice"), place("Paris")
    store.add([Fact(alice, "livesIn", paris, 0.9, src("c1", 1, "Alice")), Fact(alice, "age", 30)],
              turns=[turn("c1", 1, "Alice", "I live in Paris")])
    facts = sorted(store.facts(subject=alice.iri), key=lambda f: f.predicate)
    assert [(f.predicate, f.object) for f in facts] == [("age", 30), ("livesIn", paris)]
    lives = facts[1]
    assert lives.confidence == pytest.approx(0.9)
    assert lives.sources[0].conversation == "c1" and lives.sources[0].speaker == "Alice"
    assert lives.subject.label == "Alice" and lives.subject.type == "Person"
    assert store.count() == 2
    assert [f.subject for f in store.facts(object=paris.iri)] == [alice]


def test_repeated_fact_adds_an_observation_not_a_duplicate(store: Store):
    alice, paris = person("Alice"), place("Paris")
    store.add([Fact(alice, "livesIn", paris, 0.6, src("c1", 1, "Alice"))])
    store.add([Fact(alice, "livesIn", paris, 0.8, src("c2", 4, "Alice", T1))])
    (fact,) = store.facts(subject=alice.iri)
    assert {s.conversation for s in fact.sources} == {"c1", "c2"}
    assert fact.confidence == pytest.approx(0.8)
    assert store.count() == 1


def test_functional_update_closes_the_old_value(store: Store):
    alice = person("Alice")
    store.add([Fact(alice, "livesIn", place("Paris"), sources=src("c1", 1, "Alice", T0))], functional=FUNCTIONAL)
    store.add([Fact(alice, "livesIn", place("London"), sources=src("c1", 2, "Alice", T1))], functional=FUNCTIONAL)
    current = list(store.facts(subject=alice.iri))
    assert [f.object.label for f in current] == ["London"]
    history = sorted(store.facts(subject=alice.iri, history=True), key=lambda f: f.valid_from)
    assert [(f.object.label, f.valid_to) for f in history] == [("Paris", T1), ("London", None)]
    assert history[0].sources[0].turn == "1"
    assert store.forget(everything=True) == 2  # the closed fact counts too


def test_updates_inside_one_batch_apply_in_order(store: Store):
    alice = person("Alice")
    store.add([Fact(alice, "age", 30, valid_from=T0), Fact(alice, "age", 31, valid_from=T1)], functional=FUNCTIONAL)
    assert [f.object for f in store.facts(subject=alice.iri)] == [31]
    assert sorted(f.object for f in store.facts(subject=alice.iri, history=True)) == [30, 31]


def test_non_functional_predicates_accumulate(store: Store):
    alice = person("Alice")
    store.add([Fact(alice, "friend", person("Bob")), Fact(alice, "friend", person("Carol"))], functional=FUNCTIONAL)
    assert sorted(f.object.label for f in store.facts(subject=alice.iri)) == ["Bob", "Carol"]


def test_namespaces_are_isolated(store: Store):
    store.add([Fact(person("Alice"), "age", 30)], namespace="u1")
    store.add([Fact(person("Alice"), "age", 40)], namespace="u2")
    assert [f.object for f in store.facts(namespace="u1")] == [30]
    assert [f.object for f in store.facts(namespace="u2")] == [40]
    assert list(store.facts()) == []
    assert {"u1", "u2"} <= set(store.namespaces())


def test_turns_and_entities(store: Store):
    store.add([Fact(person("Alice"), "livesIn", place("Paris"), sources=src("c1", 1, "Alice"))],
              turns=[turn("c1", 2, "Bob", "Nice"), turn("c1", 1, "Alice", "I live in Paris")])
    assert [(t.turn, t.speaker, t.text) for t in store.turns()] == [("1", "Alice", "I live in Paris"), ("2", "Bob", "Nice")]
    assert sorted(e.label for e in store.entities()) == ["Alice", "Paris"]


def _two_conversations(store: Store) -> None:
    alice, bob = person("Alice"), person("Bob")
    store.add(
        [Fact(alice, "livesIn", place("Paris"), sources=src("c1", 1, "Alice")),
         Fact(alice, "likes", Entity("tea", "Thing", ids.entity_iri("tea")), sources=src("c1", 1, "Alice") + src("c2", 1, "Alice")),
         Fact(bob, "hasPet", Entity("Rex", "Animal", ids.entity_iri("Rex", "Animal")), sources=src("c2", 2, "Bob"))],
        turns=[turn("c1", 1, "Alice", "I live in Paris and like tea"), turn("c2", 1, "Alice", "tea!"), turn("c2", 2, "Bob", "my dog Rex")],
    )


def test_forget_conversation_keeps_facts_other_turns_support(store: Store):
    _two_conversations(store)
    assert store.forget(conversation="c1") == 1  # livesIn goes, likes tea is also said in c2
    assert sorted(f.predicate for f in store.facts()) == ["hasPet", "likes"]
    assert [t.conversation for t in store.turns()] == ["c2", "c2"]


def test_forget_speaker(store: Store):
    _two_conversations(store)
    assert store.forget(speaker="Bob") == 1
    assert sorted(f.predicate for f in store.facts()) == ["likes", "livesIn"]


def test_forget_entity_removes_its_facts_and_source_turns(store: Store):
    _two_conversations(store)
    assert store.forget(entity=person("Bob").iri) == 1
    assert all(f.subject.label != "Bob" for f in store.facts())
    assert "Bob" not in {e.label for e in store.entities()}
    assert all("Rex" not in t.text for t in store.turns())


def test_forget_fact_and_everything(store: Store):
    _two_conversations(store)
    target = next(f for f in store.facts() if f.predicate == "hasPet")
    assert store.forget(fact=target.iri) == 1
    assert store.count() == 2
    assert store.forget(everything=True) == 2
    assert store.count() == 0 and list(store.turns()) == []
