"""One behaviour suite for every Store backend (rdflib's make_graph pattern).

The ``store`` fixture is parametrised over the backends; server-backed ones start real servers.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kg_memory import ids
from kg_memory.stores import Store
from kg_memory.types import Entity, Fact, Provenance, Turn
from kg_memory.vocab import KGM


def person(name: str) -> Entity:
    return Entity(name, "Person", ids.entity_iri(name, "Person"))


def place(name: str) -> Entity:
    return Entity(name, "Place", ids.entity_iri(name, "Place"))


T0 = datetime(2024, 1, 1, tzinfo=UTC)
T1 = datetime(2024, 6, 1, tzinfo=UTC)
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


# -- issue 12: one contract, one meaning on every backend ----------------------------------------


def test_stats_have_one_schema(store: Store):
    from kg_memory.stores.base import STATS_KEYS

    alice = person("Alice")
    store.add([Fact(alice, "livesIn", place("Paris"), sources=src("c1", 1, "Alice", T0))], functional=FUNCTIONAL,
              turns=[turn("c1", 1, "Alice", "I live in Paris")])
    store.add([Fact(alice, "livesIn", place("London"), sources=src("c1", 2, "Alice", T1))], functional=FUNCTIONAL)
    stats = store.stats()
    assert set(STATS_KEYS) <= set(stats) <= set(STATS_KEYS) | {"triples"}
    assert ("triples" in stats) == store.rdf_native
    assert {k: stats[k] for k in STATS_KEYS} == {"facts": 1, "closed_facts": 1, "entities": 3, "turns": 2,
                                                 "conversations": 1}


def test_turns_come_in_natural_order(store: Store):
    store.add([], turns=[Turn("D1", tid, "A", tid) for tid in ["D1:10", "D1:2", "D1:1"]])
    assert [t.turn for t in store.turns()] == ["D1:1", "D1:2", "D1:10"]


def test_re_adding_a_closed_fact_keeps_one_confidence(store: Store):
    alice = person("Alice")
    closed = Fact(alice, "livesIn", place("Paris"), 0.5, valid_from=T0, valid_to=T1)
    store.add([closed])
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, valid_from=T0, valid_to=T1)])
    (fact,) = store.facts(subject=alice.iri, history=True)
    assert fact.confidence == pytest.approx(0.9) and fact.valid_to == T1
    if store.query_language == "sparql":
        rows = store.query("SELECT ?c WHERE { ?f :validTo ?t ; :confidence ?c }").values()
        assert len(rows) == 1


def test_update_applies_the_namespace_and_parameters(store: Store):
    if store.query_language == "sparql":
        store.update("INSERT DATA { <urn:a> <urn:p> ?o }", namespace="alice", o=7)
        ask = "ASK { <urn:a> <urn:p> 7 }"
        assert store.query(ask, namespace="alice").boolean
        assert not store.query(ask).boolean
        store.update("DELETE WHERE { <urn:a> <urn:p> ?o }", namespace="alice")
        assert not store.query(ask, namespace="alice").boolean
    else:
        store.update("CREATE (:Entity {key: $namespace + ' x', namespace: $namespace, iri: $iri, name: 'x'})",
                     namespace="alice", iri="urn:x")
        assert [e.iri for e in store.entities(namespace="alice")] == ["urn:x"]
        assert list(store.entities()) == []


def test_query_parameters_are_seen_by_filter_and_bind(store: Store):
    # "-p at=2024-03-01": a saved query compares a stored time with it (the packaged as-of query does)
    alice = person("Alice")
    store.add([Fact(alice, "livesIn", place("Paris"), 0.9, valid_from=T0, valid_to=T1),
               Fact(alice, "livesIn", place("Lyon"), 0.9, valid_from=T1)])
    at = datetime(2024, 3, 1, tzinfo=UTC)
    if store.query_language == "sparql":
        rows = store.query("SELECT ?city ?when WHERE { ?f rdf:object ?c ; :validFrom ?from . ?c rdfs:label ?city "
                           "OPTIONAL { ?f :validTo ?to } BIND(?at AS ?when) "
                           "FILTER(?from <= ?at && (!BOUND(?to) || ?to > ?at)) }", at=at).values()
        assert rows == [{"city": "Paris", "when": at}]
        assert store.query("ASK { ?c rdfs:label ?name FILTER(?name = ?city) }", city="Lyon").boolean
        triples = store.query("CONSTRUCT WHERE { ?c rdfs:label ?city }", city="Lyon").triples
        assert [str(o) for _, _, o in triples] == ["Lyon"]
    else:
        rows = store.query("MATCH (:Entity)-[r]->(c) WHERE r.valid_from <= $at AND (r.valid_to IS NULL OR r.valid_to > $at) "
                           "RETURN c.name AS city", at=at).values()
        assert rows == [{"city": "Paris"}]


def test_replace_is_one_transaction(store: Store):
    alice, bob = person("Alice"), person("Bob")
    store.add([Fact(Entity("Alice", "Person", alice.iri, ("Al",)), "livesIn", place("Paris"))])
    (old,) = store.facts(subject=alice.iri)
    store.replace([old.iri or ""], [Fact(bob, "livesIn", place("Paris"))], drop_aliases=[(alice.iri or "", "Al")])
    assert [f.subject.label for f in store.facts()] == ["Bob"]
    assert next(e for e in store.entities() if e.iri == alice.iri).aliases == ()


def test_split_moves_facts_in_one_transaction(store: Store):
    from kg_memory import Memory, Turn

    memory = Memory(store)
    memory.remember([Turn("c1", "1", "Li Si", "Zhang San lives in Beijing.")])
    memory.remember([Turn("c1", "2", "Li Si", "张三喜欢喝茶。")])
    assert [m.mention for m in memory.merges()] == ["张三"]
    assert memory.split("张三").label == "张三"
    assert [f.predicate for f in memory.facts("张三")] == ["likes"]
    assert [f.predicate for f in memory.facts("Zhang San")] == ["livesIn"]
    assert memory.merges() == []


def test_memory_passes_its_vocabulary_to_the_store():
    from kg_memory import Memory
    from kg_memory.vocab import Vocabulary

    base = Vocabulary.load()
    custom = Vocabulary(dict(base.predicates), dict(base.classes))
    assert Memory(vocabulary=custom).store.vocabulary is custom
    assert Memory("memory://", vocabulary=custom).vocabulary is custom


def test_memory_update_writes_to_its_namespace():
    from kg_memory import Memory

    memory = Memory(namespace="alice")
    memory.update("INSERT DATA { <urn:a> <urn:p> ?o }", o=1)
    assert memory.query("ASK { <urn:a> <urn:p> 1 }").boolean
    assert not memory.query("ASK { <urn:a> <urn:p> 1 }", namespace="default").boolean


def test_closing_onto_a_stored_history_fact_merges_into_it(store: Store):
    alice = person("Alice")
    paris = Fact(alice, "livesIn", place("Paris"), 0.7, src("c1", 1, "Alice", T0))
    london = Fact(alice, "livesIn", place("London"), 0.8, src("c1", 2, "Alice", T1))
    for fact in (paris, london, paris, london):  # the second London closes Paris onto its stored history
        store.add([fact], functional=FUNCTIONAL)
    history = list(store.facts(subject=alice.iri, history=True))
    closed_paris = [f for f in history if f.object.label == "Paris"]
    assert len(closed_paris) == 1 and closed_paris[0].valid_to == T1
    assert [f.object.label for f in store.facts(subject=alice.iri)] == ["London"]
