"""How the Neo4j store writes a batch: index and id seeks only, typed relationships, Cypher temporals,
chunks, entities that gain names, and a batch that lost a race to create an entity."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from kg_memory import ids
from kg_memory.stores.neo4j import Neo4jStore
from kg_memory.types import Entity, Fact, Provenance
from kg_memory.vocab import KGM

pytestmark = pytest.mark.neo4j

T0 = datetime(2024, 1, 1, 9, 0, 0, 123456, tzinfo=UTC)
SCANS = ("AllNodesScan", "AllRelationshipsScan", "NodeByLabelScan", "RelationshipTypeScan")


def entity(name: str, type: str = "Person", *aliases: str) -> Entity:
    return Entity(name, type, ids.entity_iri(name, type), tuple(aliases))


@pytest.fixture
def make_store(neo4j_store_factory, neo4j_uri: str, neo4j_auth):
    """A store over an empty graph: ``make_store(**options)``."""
    opened: list[Neo4jStore] = []

    def make(**options: Any) -> Neo4jStore:
        neo4j_store_factory().close()  # empties the graph
        store = Neo4jStore(neo4j_uri, auth=neo4j_auth, **options)
        store.open()
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def plan_operators(store: Neo4jStore, text: str, params: dict[str, Any]) -> set[str]:
    with store.driver.session(database=store.database) as session:
        plan = session.run("CYPHER replan=force EXPLAIN " + text, params).consume().plan  # a plan of the data now
    out: set[str] = set()
    todo = [plan]
    while todo:
        node = todo.pop()
        out.add(node["operatorType"].split("@")[0])
        todo += node.get("children", [])
    return out


def test_every_statement_of_a_write_seeks_by_key_or_id(make_store):
    statements: list[tuple[str, dict[str, Any]]] = []
    store = make_store(tracer=lambda text, params: statements.append((text, params)))
    people = [entity(f"P{i}") for i in range(5)]
    functional = {KGM + "age", KGM + "livesIn"}
    store.add([Fact(p, "age", 30) for p in people] + [Fact(p, "livesIn", entity("Oslo", "Place")) for p in people],
              functional=functional)
    statements.clear()
    # closes every age and moves two people (changes of stored facts), adds new facts and an ending
    store.add([Fact(p, "age", 31) for p in people] + [Fact(p, "livesIn", entity("Rome", "Place")) for p in people[:2]]
              + [Fact(people[0], "knows", people[1]), Fact(people[2], "livesIn", entity("Oslo", "Place"), ended=True)],
              functional=functional)
    assert len(statements) >= 5
    for text, params in statements:
        scans = {op for op in plan_operators(store, text, params) if op.endswith(SCANS)}
        assert not scans, f"{text!r} scans: {scans}"


def test_relationship_types_and_labels_follow_each_row_in_a_mixed_batch(make_store):
    store = make_store(unwind_size=4)
    alice, acme, oslo = entity("Alice"), entity("Acme", "Organization"), entity("Oslo", "Place")
    store.add([Fact(alice, "livesIn", oslo)])
    store.add([Fact(alice, "worksFor", acme), Fact(alice, "age", 30), Fact(alice, "knows", entity("Bob")),
               Fact(entity("Bob"), "livesIn", oslo), Fact(acme, "https://schema.org/founder", alice),
               Fact(alice, "birthDate", date(1990, 5, 1)), Fact(entity("Carl"), "jobTitle", "pilot")])
    rows = store.query("MATCH (s)-[r]->(o) RETURN type(r) AS t, r.predicate AS p, labels(s) AS sl, labels(o) AS ol").values()
    assert len(rows) == 8
    for row in rows:
        expected = row["p"][len(KGM):] if row["p"].startswith(KGM) else "RELATED"
        assert row["t"] == expected
    labels = {r["name"]: sorted(r["labels"]) for r in
              store.query("MATCH (e:Entity) RETURN e.name AS name, labels(e) AS labels").values()}
    assert labels == {"Alice": ["Entity", "Person"], "Bob": ["Entity", "Person"], "Carl": ["Entity", "Person"],
                      "Acme": ["Entity", "Organization"], "Oslo": ["Entity", "Place"]}


def test_validity_times_are_cypher_temporals_and_round_trip(make_store):
    store = make_store()
    alice = entity("Alice")
    plus2 = datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    naive = datetime(2024, 4, 1, 8, 30, 0, 5)
    store.add([Fact(alice, "livesIn", entity("Oslo", "Place"), valid_from=T0),
               Fact(alice, "visited", entity("Rome", "Place"), valid_from=plus2, occurred_at=date(2024, 3, 2)),
               Fact(alice, "knows", entity("Bob"), valid_from=naive)], functional={KGM + "livesIn"})
    store.add([Fact(alice, "livesIn", entity("Paris", "Place"), valid_from=T0 + timedelta(days=1))],
              functional={KGM + "livesIn"})
    row = store.query(
        "MATCH (:Entity {name: 'Alice'})-[r:livesIn]->(:Entity {name: 'Oslo'}) "
        "RETURN r.valid_from = datetime('2024-01-01T09:00:00.123456Z') AS starts, "
        "r.valid_to = datetime('2024-01-02T09:00:00.123456Z') AS ends, r.valid_to < datetime() AS past").values()
    assert row == [{"starts": True, "ends": True, "past": True}]
    got = {(f.predicate, f.object.label): f for f in store.facts(subject=alice.iri, history=True)}
    assert got["livesIn", "Oslo"].valid_from == T0 and got["livesIn", "Oslo"].valid_to == T0 + timedelta(days=1)
    assert got["livesIn", "Paris"].valid_from == T0 + timedelta(days=1) and got["livesIn", "Paris"].valid_to is None
    assert got["visited", "Rome"].valid_from == plus2 and got["visited", "Rome"].occurred_at == date(2024, 3, 2)
    assert got["knows", "Bob"].valid_from == naive and got["knows", "Bob"].valid_from.tzinfo is None


def test_small_chunks_write_the_same_history(make_store):
    people = [entity(f"P{i}") for i in range(10)]
    functional = {KGM + "age"}
    results = []
    for size in (3, 5000):
        store = make_store(unwind_size=size)
        store.add([Fact(p, "age", 30, sources=(Provenance("c", "1"),)) for p in people], functional=functional)
        store.add([Fact(p, "age", 31, sources=(Provenance("c", "2"),)) for p in people] +
                  [Fact(p, "age", 31, confidence=0.5, sources=(Provenance("c", "3"),)) for p in people[:4]],
                  functional=functional)
        facts = sorted(store.facts(history=True), key=lambda f: (f.subject.label, f.object, f.valid_to is None))
        results.append([(f.subject.label, f.object, f.valid_to is None, [s.turn for s in f.sources])
                        for f in facts])
        assert store.count() == 10 and store.stats()["closed_facts"] == 10
    assert results[0] == results[1]
    assert results[0][:2] == [("P0", 30, False, ["1"]), ("P0", 31, True, ["2", "3"])]


def test_a_stored_entity_gains_names_and_labels(make_store):
    store = make_store()
    iri = ids.entity_iri("Alice", "Person")
    store.add([Fact(Entity("Alice", "Person", iri), "age", 30)])
    store.add([Fact(Entity("Alice", "Organization", iri, ("Ally",), (("zh", "爱丽丝"),)), "age", 30)])
    store.add([Fact(Entity("Alice", "Person", iri, ("Ally", "Al")), "age", 30)])
    [alice] = store.entities()
    assert alice.aliases == ("Al", "Ally") and dict(alice.labels) == {"zh": "爱丽丝"} and alice.type == "Person"
    [row] = store.query("MATCH (e:Entity) RETURN labels(e) AS labels").values()
    assert sorted(row["labels"]) == ["Entity", "Organization", "Person"]


def test_a_writer_creating_entities_another_is_creating_waits_and_succeeds(make_store, neo4j_uri: str, neo4j_auth):
    """The read's key seeks lock absent keys, so a second writer of the same new entities waits for the
    first and then finds them (no duplicate, no constraint error)."""
    import threading
    import time

    make_store()  # an empty graph
    people = [entity(f"P{i}") for i in range(20)]
    errors: list[BaseException] = []

    def write(city: str, tracer: Any = None) -> None:
        try:
            with Neo4jStore(neo4j_uri, auth=neo4j_auth, tracer=tracer) as store:
                store.add([Fact(p, "visited", entity(city, "Place")) for p in people])
        except BaseException as e:  # noqa: BLE001 - reported by the test
            errors.append(e)

    second = threading.Thread(target=write, args=("City 2",))

    def start_the_second_writer_before_creating(text: str, params: dict[str, Any]) -> None:
        if text.startswith("UNWIND $rows AS row CREATE (e:Entity") and not second.is_alive() and not second.ident:
            second.start()
            time.sleep(1.0)  # the second writer reads the same absent keys meanwhile

    write("City 1", start_the_second_writer_before_creating)
    second.join(60)
    assert errors == []
    with Neo4jStore(neo4j_uri, auth=neo4j_auth) as store:
        assert sorted(e.label for e in store.entities()) == sorted([p.label for p in people] + ["City 1", "City 2"])
        assert store.count() == 40


def test_changes_of_facts_of_several_types_are_one_statement(make_store):
    """Stored facts of three relationship types closed by one write: one change statement (a text per
    type was planned again for every type), and each fact keeps its type."""
    statements: list[str] = []
    store = make_store(tracer=lambda text, params: statements.append(text))
    alice = entity("Alice")
    functional = {KGM + "age", KGM + "livesIn", KGM + "worksFor"}
    store.add([Fact(alice, "age", 30), Fact(alice, "livesIn", entity("Oslo", "Place")),
               Fact(alice, "worksFor", entity("Acme", "Organization"))], functional=functional)
    statements.clear()
    store.add([Fact(alice, "age", 31), Fact(alice, "livesIn", entity("Rome", "Place")),
               Fact(alice, "worksFor", entity("Initech", "Organization"))], functional=functional)
    assert len([text for text in statements if "SET r +=" in text]) == 1
    rows = store.query("MATCH (:Entity {name: 'Alice'})-[r]->(o) "
                       "RETURN type(r) AS t, coalesce(o.name, o.lexical) AS o, r.valid_to IS NULL AS current").values()
    assert sorted((r["t"], r["o"], r["current"]) for r in rows) == [
        ("age", "30", False), ("age", "31", True), ("livesIn", "Oslo", False), ("livesIn", "Rome", True),
        ("worksFor", "Acme", False), ("worksFor", "Initech", True)]
    assert store.stats()["facts"] == 3 and store.stats()["closed_facts"] == 3


def test_stored_times_of_every_kind_survive_a_write_that_changes_their_facts(make_store):
    """A write reads stored facts (UTC datetimes as ISO text, other temporals as driver values) and
    writes them back with a new observation: every time keeps its instant and its kind."""
    store = make_store()
    alice = entity("Alice")
    plus2 = datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    naive = datetime(2024, 4, 1, 8, 30, 0, 5)
    facts = [Fact(alice, "livesIn", entity("Oslo", "Place"), valid_from=T0, occurred_at=date(2024, 3, 2)),
             Fact(alice, "visited", entity("Rome", "Place"), valid_from=plus2, occurred_at=T0),
             Fact(alice, "knows", entity("Bob"), valid_from=naive),
             Fact(alice, "worksFor", entity("Acme", "Organization"), valid_from=datetime(2024, 1, 1, tzinfo=UTC))]
    store.add(facts, functional={KGM + "livesIn"})
    store.update("MATCH ()-[r:worksFor]->() SET r.valid_from = datetime({year: 2024, month: 6, day: 1, timezone: 'UTC'})")
    store.add([Fact(f.subject, f.predicate, f.object, sources=(Provenance("c", "2"),)) for f in facts],
              functional={KGM + "livesIn"})
    got = {f.predicate: f for f in store.facts(subject=alice.iri, history=True)}
    assert len(got) == 4 and all([s.turn for s in f.sources] == ["2"] for f in got.values())
    assert got["livesIn"].valid_from == T0 and got["livesIn"].occurred_at == date(2024, 3, 2)
    assert got["visited"].valid_from == plus2 and got["visited"].valid_from.utcoffset() == timedelta(hours=2)
    assert got["visited"].occurred_at == T0
    assert got["knows"].valid_from == naive and got["knows"].valid_from.tzinfo is None
    assert got["worksFor"].valid_from == datetime(2024, 6, 1, tzinfo=UTC)
    [row] = store.query("MATCH ()-[r:livesIn]->() RETURN r.valid_from = datetime('2024-01-01T09:00:00.123456Z') AS same, "
                        "r.occurred_at = date('2024-03-02') AS day").values()
    assert row == {"same": True, "day": True}
