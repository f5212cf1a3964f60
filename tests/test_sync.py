"""Copying memories between stores: embedded <-> Neo4j, idempotent, verified, from the API and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from kg_memory import Memory, Turn
from kg_memory.cli import cli
from kg_memory.stores import open_store
from kg_memory.stores.neo4j import Neo4jStore
from kg_memory.sync import SyncMismatch, sync
from tests.stores.conftest import wipe_neo4j

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
TURNS = [
    Turn("c1", "1", "Alice", "I live in Paris.", T0),
    Turn("c1", "2", "Bob", "I work at Acme. My dog Rex is 3 years old.", T0 + timedelta(hours=1)),
    Turn("c2", "1", "Alice", "I moved to London.", T0 + timedelta(days=2)),
]


def key(fact):
    return (fact.subject.iri, fact.predicate, str(fact.object), str(fact.valid_from), str(fact.valid_to))


def snapshot(store, namespace="default"):
    return (sorted(store.facts(namespace=namespace, history=True), key=key), list(store.turns(namespace=namespace)),
            sorted(store.entities(namespace=namespace), key=lambda e: e.iri))


@pytest.fixture
def neo4j_store_factory(neo4j_uri, neo4j_auth):
    def make() -> Neo4jStore:
        wipe_neo4j(neo4j_uri, neo4j_auth)
        return Neo4jStore(neo4j_uri, auth=neo4j_auth)

    return make


@pytest.fixture
def source(store_dir):
    with Memory(store_dir) as memory:
        memory.remember(TURNS)
        memory.remember(TURNS[:1], namespace="u2")
    return store_dir


def test_sync_between_embedded_stores_is_verified_and_idempotent(source, tmp_path):
    with open_store(source) as src, open_store(tmp_path / "copy") as dst:
        first = sync(src, dst)
        assert [(r.namespace, r.facts, r.history, r.turns) for r in first] == [("default", 4, 1, 3), ("u2", 1, 0, 1)]
        assert snapshot(src) == snapshot(dst) and snapshot(src, "u2") == snapshot(dst, "u2")
        assert sync(src, dst) == first
        assert snapshot(src) == snapshot(dst)


def test_target_with_other_data_is_a_mismatch(source):
    with open_store(source) as src, open_store("memory://") as dst:
        Memory(dst).add("Zoe", "livesIn", "Oslo")
        with pytest.raises(SyncMismatch, match="the target holds"):
            sync(src, dst, namespace="default")


@pytest.mark.neo4j
def test_embedded_to_neo4j_and_back(source, neo4j_store_factory, tmp_path):
    with open_store(source) as src, neo4j_store_factory() as graph, open_store(tmp_path / "back") as back:
        sync(src, graph)
        assert snapshot(src) == snapshot(graph) and snapshot(src, "u2") == snapshot(graph, "u2")
        assert sync(src, graph)[0].facts == 4  # twice: nothing changes
        assert snapshot(src) == snapshot(graph)
        sync(graph, back)
        assert snapshot(back) == snapshot(src)


@pytest.mark.neo4j
def test_cli_sync_reports_the_counts(source, neo4j_store_factory, neo4j_uri, runner):
    neo4j_store_factory()  # an empty graph
    result = runner.invoke(cli, ["sync", "--from", str(source), "--to", neo4j_uri, "-n", "default", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"namespace": "default", "facts": 4, "history": 1, "entities": 6, "turns": 3, "orphans": 0}]
    with Memory(neo4j_uri) as memory:
        assert [f.object.label for f in memory.facts("Alice")] == ["London"]
