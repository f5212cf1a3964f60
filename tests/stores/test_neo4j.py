"""The Neo4j store beyond the contract suite: Cypher, literal types, saved queries, the CLI, faults."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kg_memory import ConnectionFailed, Memory, QueryError, StoreError, Turn
from kg_memory.cli import cli
from kg_memory.stores.neo4j import Neo4jStore, parse_url
from kg_memory.types import Entity, Fact
from tests.servers import free_port
from tests.stores.conftest import CuttingProxy

QUERIES = Path(__file__).resolve().parents[2] / "queries"
T0 = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def person(name: str) -> Entity:
    from kg_memory import ids

    return Entity(name, "Person", ids.entity_iri(name, "Person"))


def conversation() -> list[Turn]:
    return [
        Turn("c1", "1", "Alice", "I live in Paris.", T0),
        Turn("c1", "2", "Bob", "I work at Acme.", T0 + timedelta(minutes=1)),
        Turn("c2", "1", "Alice", "I moved to London.", T0 + timedelta(days=30)),
    ]


@pytest.fixture
def store(neo4j_store_factory) -> Neo4jStore:
    with neo4j_store_factory() as s:
        yield s


@pytest.fixture
def memory(store: Neo4jStore) -> Memory:
    m = Memory(store)
    m.remember(conversation())
    return m


def test_url_carries_credentials_and_database():
    assert parse_url("neo4j+s://u%40x:p@db.example.org:7688?database=mem") == (
        "neo4j+s://db.example.org:7688", ("u@x", "p"), "mem")


@pytest.mark.neo4j
def test_literal_objects_round_trip_with_their_types(store: Neo4jStore):
    alice = person("Alice")
    values = [30, Decimal("1.50"), 2.5, True, date(1994, 5, 1), datetime(2024, 5, 1, 8, 30, tzinfo=UTC),
              "北京 café", -(2**70)]
    store.add([Fact(alice, f"https://example.org/p{i}", v) for i, v in enumerate(values)])
    got = {f.predicate: f.object for f in store.facts(subject=alice.iri)}
    assert [got[f"https://example.org/p{i}"] for i in range(len(values))] == values
    assert [type(got[f"https://example.org/p{i}"]) for i in range(len(values))] == [type(v) for v in values]
    assert [f.subject for f in store.facts(object=Decimal("1.50"))] == [alice]


@pytest.mark.neo4j
def test_facts_are_typed_relationships_with_the_rdf_fact_iri(store: Neo4jStore):
    from kg_memory import ids
    from kg_memory.vocab import KGM

    alice, paris = person("Alice"), Entity("Paris", "Place", ids.entity_iri("Paris", "Place"))
    store.add([Fact(alice, "livesIn", paris), Fact(alice, "https://schema.org/knows", person("Bob"))])
    rows = store.query("MATCH (a:Person {namespace: $namespace})-[r]->(b) RETURN type(r) AS t, r.iri AS iri, "
                       "r.predicate AS p, b AS b ORDER BY t").values()
    assert [(r["t"], r["p"]) for r in rows] == [("RELATED", "https://schema.org/knows"), ("livesIn", KGM + "livesIn")]
    assert rows[1]["iri"] == ids.fact_iri(alice.iri, KGM + "livesIn", f"<{paris.iri}>")
    assert rows[1]["b"]["name"] == "Paris" and rows[1]["b"]["namespace"] == "default"


@pytest.mark.neo4j
def test_cypher_syntax_error_carries_the_server_message(store: Neo4jStore):
    with pytest.raises(QueryError, match="Invalid input"):
        store.query("MATCH (n RETURN n")


@pytest.mark.neo4j
def test_update_runs_a_write_in_a_transaction(store: Neo4jStore):
    store.add([Fact(person("Alice"), "age", 30)])
    store.update("MATCH (e:Entity {namespace: $namespace, name: $name}) SET e.nickname = $nick", name="Alice", nick="Al")
    assert store.query("MATCH (e:Person) RETURN e.nickname AS n").values() == [{"n": "Al"}]
    with pytest.raises(QueryError):
        store.update("MATCH (e:Entity) SET e.x = 1 RETURN e.y +")


@pytest.mark.neo4j
def test_refused_connection_is_connection_failed():
    with pytest.raises(ConnectionFailed, match="cannot reach Neo4j"):
        Neo4jStore(f"bolt://127.0.0.1:{free_port()}").open()


@pytest.mark.neo4j
def test_a_server_that_is_not_neo4j_is_connection_failed():
    listener = socket.create_server(("127.0.0.1", 0))

    def answer_like_a_web_server() -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = listener.accept()
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                conn.close()

    threading.Thread(target=answer_like_a_web_server, daemon=True).start()
    try:
        with pytest.raises(ConnectionFailed):
            Neo4jStore(f"bolt://127.0.0.1:{listener.getsockname()[1]}").open()
    finally:
        listener.close()


@pytest.mark.neo4j
def test_connection_lost_mid_batch_leaves_nothing_written(store: Neo4jStore, neo4j_uri: str, neo4j_auth):
    store.add([Fact(person("Zed"), "age", 1)])
    port = int(neo4j_uri.rsplit(":", 1)[1])
    proxy = CuttingProxy(port)
    try:
        with Neo4jStore(f"bolt://127.0.0.1:{proxy.port}", auth=neo4j_auth) as remote:
            proxy.cut_after = proxy.sent + 300_000  # the handshake is through; cut inside the batch
            facts = [Fact(person(f"P{i}"), "age", i) for i in range(20_000)]
            with pytest.raises((ConnectionFailed, StoreError)):
                remote.add(facts)
    finally:
        proxy.close()
    assert proxy.cut.is_set()
    assert store.count() == 1
    assert [e.label for e in store.entities()] == ["Zed"]


@pytest.mark.neo4j
def test_memory_remembers_updates_and_forgets_on_neo4j(memory: Memory):
    assert [f.object.label for f in memory.facts("Alice")] == ["London"]
    assert [(f.object.label, f.valid_to is not None) for f in memory.history("Alice", "livesIn")] == [
        ("Paris", True), ("London", False)]
    assert memory.lookup("alice")[0][0].label == "Alice"
    assert memory.forget(speaker="Bob") == 1
    assert memory.forget(conversation="c2") == 1
    assert [t.text for t in memory.turns()] == ["I live in Paris."]
    memory.add("Carol", "livesIn", "Rome", namespace="other")
    assert set(memory.namespaces()) == {"default", "other"}
    assert memory.forget(entity="Carol", namespace="other") == 1
    assert memory.forget(everything=True) == 1  # the closed "Paris" fact
    assert memory.facts(history=True) == []


@pytest.mark.neo4j
@pytest.mark.parametrize("name, params, expected", [
    ("facts-about", {"name": "Alice"}, [{"predicate": "livesIn", "value": "London", "confidence": None}]),
    ("neighbourhood", {"name": "Bob"}, [{"entity": "Bob", "relation": "worksFor", "direction": "out", "other": "Acme"}]),
    ("predicate-counts", {}, [{"predicate": "https://w3id.org/kg-memory/ns#livesIn", "facts": 1},
                              {"predicate": "https://w3id.org/kg-memory/ns#worksFor", "facts": 1}]),
    ("people-and-places", {}, [{"person": "Alice", "place": "London"}]),
    ("history", {"name": "Alice", "predicate": "https://w3id.org/kg-memory/ns#livesIn"},
     [{"value": "Paris", "validFrom": T0, "validTo": T0 + timedelta(days=30), "conversation": "c1", "turn": "1",
       "text": "I live in Paris."},
      {"value": "London", "validFrom": T0 + timedelta(days=30), "validTo": None, "conversation": "c2", "turn": "1",
       "text": "I moved to London."}]),
    ("provenance", {}, [{"subject": "Alice", "predicate": "livesIn", "object": "London", "speaker": "Alice",
                         "time": T0 + timedelta(days=30), "text": "I moved to London."},
                        {"subject": "Bob", "predicate": "worksFor", "object": "Acme", "speaker": "Bob",
                         "time": T0 + timedelta(minutes=1), "text": "I work at Acme."}]),
])
def test_saved_cypher_queries(memory: Memory, name: str, params: dict, expected: list):
    rows = memory.cypher((QUERIES / f"{name}.cypher").read_text(), **params).values()
    if name == "provenance":
        rows = sorted(rows, key=lambda r: r["subject"])
    if name == "facts-about":  # the extractor's confidence, as the Python API reports it
        expected = [{**expected[0], "confidence": memory.facts("Alice")[0].confidence}]
    assert rows == expected


@pytest.mark.neo4j
def test_cli_cypher_with_a_saved_query(memory: Memory, runner, neo4j_uri: str):
    result = runner.invoke(cli, ["cypher", "-s", neo4j_uri, "-q", str(QUERIES / "people-and-places.cypher"),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"person": "Alice", "place": "London"}]
    result = runner.invoke(cli, ["cypher", "-s", neo4j_uri, "MATCH (e:Entity {name: $name}) RETURN e.type AS type",
                                 "-p", "name=Acme", "--format", "csv"])
    assert result.exit_code == 0 and result.output.splitlines() == ["type", "Organization"]
    result = runner.invoke(cli, ["cypher", "-s", neo4j_uri, "MATCH (n RETURN n"])
    assert result.exit_code == 1 and "Invalid input" in result.output
